/**
 * The care score: 0–100, made of explained parts. Pressure findings come from custom phrases so
 * the test does not depend on which rules exist.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, type AnalyzeOptions, type CustomPhrase } from '../../analyzers/index';
import { careScore } from '../../analyzers/score';

const engine = createEngine([]);
const score = (text: string, options?: AnalyzeOptions) => engine.analyze(text, options).score;
const part = (s: ReturnType<typeof score>, id: string) => s.parts.find((p) => p.id === id)!;

const caring =
  "Hi Maya,\n\nThanks for walking me through how your team handles renewals today. You mentioned the spreadsheet gets messy once you pass a hundred accounts.\n\nWhat would a good quarter look like for you? And what worries you most about changing the process mid-year?\n\nBest,\nSam";
const pushy: CustomPhrase[] = [
  { phrase: 'sign today', category: 'pressure', message: 'Pushes for a decision', severity: 'strong' },
  { phrase: 'only 2 spots left', category: 'scarcity', message: 'Scarcity claim', severity: 'warning' },
];
const pushyText = 'Hi Maya,\n\nWe only 2 spots left this quarter, so you should sign today. Our platform is the market leader and we offer everything you need.\n\nBest,\nSam';

describe('shape', () => {
  it('has the five explained parts, maxima summing to 100, value the sum of the points', () => {
    const s = score(caring, { kind: 'email' });
    expect(s.parts.map((p) => p.id)).toEqual(['pressure', 'questions', 'you-focus', 'length', 'readability']);
    expect(s.parts.reduce((n, p) => n + p.max, 0)).toBe(100);
    expect(s.value).toBe(Math.round(s.parts.reduce((n, p) => n + p.points, 0)));
    for (const p of s.parts) {
      expect(p.points).toBeGreaterThanOrEqual(0);
      expect(p.points).toBeLessThanOrEqual(p.max);
      expect(p.label.length).toBeGreaterThan(3);
      expect(p.explanation).toMatch(/[.]$/);
    }
  });

  it('scores empty text 0 and says there is nothing yet', () => {
    const s = score('');
    expect(s.value).toBe(0);
    for (const p of s.parts) expect(p.explanation).toBe('Nothing to score yet.');
  });
});

describe('what moves it', () => {
  it('a caring email scores high; the same writer pushing scores far lower', () => {
    const good = score(caring, { kind: 'email' });
    const bad = score(pushyText, { kind: 'email', customPhrases: pushy });
    expect(good.value).toBeGreaterThanOrEqual(85);
    expect(bad.value).toBeLessThan(good.value - 30);
  });

  it('pressure costs points by severity and names an example', () => {
    const s = score(pushyText, { kind: 'email', customPhrases: pushy });
    const p = part(s, 'pressure');
    expect(p.points).toBe(45 - 20 - 12);
    expect(p.explanation).toMatch(/2 pressure phrases cost 32 points/);
    expect(p.explanation).toMatch(/sign today/);
    expect(part(score(caring, { kind: 'email' }), 'pressure').points).toBe(45);
  });

  it('pressure never goes below zero', () => {
    const many = Array.from({ length: 8 }, () => 'Sign today.').join(' ');
    expect(part(score(many, { customPhrases: pushy }), 'pressure').points).toBe(0);
  });

  it('rewards open questions and covering the five', () => {
    const none = part(score('We can send the deck over.', { kind: 'email' }), 'questions');
    const closed = part(score('Did you get the deck?', { kind: 'email' }), 'questions');
    const open = part(score('What would success look like for you this year? What worries you about it?', { kind: 'email' }), 'questions');
    expect(none.points).toBe(0);
    expect(none.explanation).toMatch(/no question/i);
    expect(closed.points).toBeGreaterThan(0);
    expect(open.points).toBeGreaterThan(closed.points);
    expect(open.explanation).toMatch(/2 questions, 2 open/);
  });

  it('a wall of questions reads like a form', () => {
    const five = 'What do you use? How many reps? Why now? Who decides? When do you start?';
    const two = 'What do you use today? How many reps would use it?';
    expect(part(score(five), 'questions').points).toBeLessThan(part(score(two), 'questions').points);
    expect(part(score(five), 'questions').explanation).toMatch(/One to three/);
  });

  it('more "you" than "we" earns the you-focus part', () => {
    const them = part(score('You mentioned your team is growing. How are you handling it?'), 'you-focus');
    const us = part(score('We are great. Our tool is what we built for us and I love it.'), 'you-focus');
    expect(them.points).toBe(15);
    expect(us.points).toBe(0);
    expect(us.explanation).toMatch(/0%/);
  });

  it('50–125 words get full length points, long emails fewer', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => (i % 10 === 9 ? 'word.' : 'word')).join(' ');
    expect(part(score(words(80), { kind: 'email' }), 'length').points).toBe(10);
    expect(part(score(words(400), { kind: 'email' }), 'length').points).toBe(0);
    expect(part(score(words(80), { kind: 'email' }), 'length').explanation).toMatch(/80 words/);
  });

  it('plain words score better than dense ones', () => {
    const plain = part(score('Thanks for the call. Can we talk soon?'), 'readability');
    const dense = part(
      score('Our comprehensive enterprise-grade orchestration infrastructure fundamentally revolutionizes organizational interoperability across heterogeneous ecosystems.'),
      'readability',
    );
    expect(plain.points).toBeGreaterThan(dense.points);
  });
});

describe('call notes', () => {
  it('score the five-question checklist and the buyer balance, not email length', () => {
    const notes = 'Call - Pinegrove\n- Asked about their alternatives: paper charts\n- Q: what does success look like -> fewer no-shows\n- They worry about staff time';
    const s = score(notes, { kind: 'note' });
    expect(part(s, 'questions').points).toBe(10);
    expect(part(s, 'questions').explanation).toMatch(/Covered 2 of the five/);
    expect(part(s, 'length').explanation).toMatch(/Not scored for call notes/);
    expect(part(s, 'you-focus').points).toBe(15);
  });
});

describe('careScore directly', () => {
  it('is pure: same input, same output', () => {
    const r = engine.analyze(caring, { kind: 'email' });
    expect(careScore(r.findings, r.metrics, r.covered, 'email')).toEqual(r.score);
  });
});
