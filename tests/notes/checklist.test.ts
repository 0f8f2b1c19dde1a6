import { describe, expect, it } from 'vitest';
import { checklist, nextQuestion, progress } from '../../components/sidepanel/checklist';
import { QUESTION_IDS, QUESTION_TEXT, type QuestionSuggestion } from '../../analyzers/index';

describe('checklist', () => {
  it('lists the five questions in the seed order, none asked for empty notes', () => {
    const items = checklist([]);
    expect(items.map((i) => i.id)).toEqual([...QUESTION_IDS]);
    expect(items.every((i) => !i.done && i.source === null)).toBe(true);
    expect(items[0].question).toBe(QUESTION_TEXT.outcome);
    expect(progress(items)).toEqual({ done: 0, total: 5 });
  });

  it('ticks what the notes cover, and what the rep ticked by hand, saying which', () => {
    const items = checklist(['fit', 'outcome'], ['clarity', 'fit']);
    const by = Object.fromEntries(items.map((i) => [i.id, i.source]));
    expect(by).toEqual({ outcome: 'notes', concerns: null, fit: 'notes', alternatives: null, clarity: 'manual' });
    expect(progress(items)).toEqual({ done: 3, total: 5 });
  });
});

describe('nextQuestion', () => {
  const s = (id: QuestionSuggestion['id'], cue: string): QuestionSuggestion => ({ id, text: QUESTION_TEXT[id], cue, at: 0 });

  it("takes the engine's suggestion from what the buyer said", () => {
    const next = nextQuestion([s('alternatives', 'they mentioned in-house')], checklist([]), 'Not covered yet');
    expect(next).toMatchObject({ id: 'alternatives', cue: 'they mentioned in-house', prompted: true });
  });

  it('skips a suggestion the rep already ticked by hand', () => {
    const next = nextQuestion([s('alternatives', 'they mentioned in-house'), s('fit', 'they mentioned excel')], checklist([], ['alternatives']), '-');
    expect(next?.id).toBe('fit');
  });

  it('falls back to the first question not yet covered, marked as not prompted', () => {
    const next = nextQuestion([], checklist(['outcome']), 'Not covered yet');
    expect(next).toMatchObject({ id: 'concerns', cue: 'Not covered yet', prompted: false });
  });

  it('is null once all five are covered', () => {
    expect(nextQuestion([], checklist([...QUESTION_IDS]), '-')).toBeNull();
  });
});
