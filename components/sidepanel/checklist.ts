/**
 * The five-question checklist of a call: ticked by the engine's `covered` (a paraphrase in the
 * notes counts as asked) or by the rep's own tick when a question was asked but not written down.
 */
import { QUESTION_IDS, QUESTION_LABEL, QUESTION_TEXT, type QuestionId, type QuestionSuggestion } from '../../analyzers/index';

export type TickSource = 'notes' | 'manual' | null;

export interface ChecklistItem {
  id: QuestionId;
  label: string;
  question: string;
  done: boolean;
  /** What ticked it: the notes show it asked, or the rep ticked it by hand. */
  source: TickSource;
}

export function checklist(covered: readonly QuestionId[], manual: readonly QuestionId[] = []): ChecklistItem[] {
  return QUESTION_IDS.map((id) => {
    const source: TickSource = covered.includes(id) ? 'notes' : manual.includes(id) ? 'manual' : null;
    return { id, label: QUESTION_LABEL[id], question: QUESTION_TEXT[id], done: source !== null, source };
  });
}

export function progress(items: readonly ChecklistItem[]): { done: number; total: number } {
  return { done: items.filter((i) => i.done).length, total: items.length };
}

export interface NextQuestion {
  id: QuestionId;
  text: string;
  label: string;
  /** Why this one now: what the buyer said, or that it hasn't been covered yet. */
  cue: string;
  /** True when the cue comes from the notes (not just the next gap in the list). */
  prompted: boolean;
}

/**
 * The question to ask next: the engine's best suggestion from what the buyer said; otherwise,
 * on a live call, the first of the five not yet covered (in the seed's order). Null when all
 * five are covered.
 */
export function nextQuestion(
  suggestions: readonly QuestionSuggestion[],
  items: readonly ChecklistItem[],
  notYetCue: string,
): NextQuestion | null {
  const open = new Set(items.filter((i) => !i.done).map((i) => i.id));
  const best = suggestions.find((s) => open.has(s.id));
  if (best) return { id: best.id, text: best.text, label: QUESTION_LABEL[best.id], cue: best.cue, prompted: true };
  const gap = items.find((i) => !i.done);
  return gap ? { id: gap.id, text: gap.question, label: gap.label, cue: notYetCue, prompted: false } : null;
}
