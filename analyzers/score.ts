import type { CareScore, Finding, Metrics, QuestionId, ScorePart } from './types';

const SEVERITY_COST = { hint: 4, warning: 10, strong: 18 } as const;

/**
 * A 0–100 care score whose parts are explained. Pressure costs the most; the rest rewards the
 * listening habits from the seeds and public reply-rate research (1–3 questions, 50–125 words,
 * low reading grade, more "you" than "we").
 */
export function careScore(findings: Finding[], metrics: Metrics, covered: QuestionId[]): CareScore {
  const cost = Math.min(50, findings.reduce((s, f) => s + SEVERITY_COST[f.severity], 0));
  const parts: ScorePart[] = [];
  parts.push({
    id: 'pressure',
    label: 'No pressure',
    points: 50 - cost,
    max: 50,
    explanation: findings.length === 0 ? 'No pressure language found.' : `${findings.length} pressure ${findings.length === 1 ? 'phrase costs' : 'phrases cost'} ${cost} points.`,
  });
  const asks = metrics.questions;
  const qPoints = metrics.words === 0 ? 0 : Math.min(20, (asks > 0 ? 8 : 0) + Math.min(2, metrics.openQuestions) * 4 + Math.min(2, covered.length) * 2);
  parts.push({
    id: 'questions',
    label: 'Questions that show you care',
    points: qPoints,
    max: 20,
    explanation: asks === 0 ? 'Asks no question yet.' : `Asks ${asks} question${asks === 1 ? '' : 's'}, ${metrics.openQuestions} open.`,
  });
  const youPoints = metrics.words === 0 ? 0 : Math.round(Math.min(1, metrics.youShare / 0.5) * 15);
  parts.push({
    id: 'you-focus',
    label: 'About them, not us',
    points: youPoints,
    max: 15,
    explanation: `${Math.round(metrics.youShare * 100)}% of pronouns are about the reader.`,
  });
  const w = metrics.words;
  const lenPoints = w === 0 ? 0 : w <= 125 ? 10 : w <= 200 ? 6 : w <= 300 ? 3 : 0;
  parts.push({ id: 'length', label: 'Easy to answer', points: lenPoints, max: 10, explanation: `${w} words (50–125 get the most replies).` });
  const g = metrics.readingGrade;
  const readPoints = w === 0 ? 0 : g <= 6 ? 5 : g <= 9 ? 3 : g <= 12 ? 1 : 0;
  parts.push({ id: 'readability', label: 'Plain words', points: readPoints, max: 5, explanation: `Reading grade ${g}.` });
  const value = Math.max(0, Math.min(100, Math.round(parts.reduce((s, p) => s + p.points, 0))));
  return { value, parts };
}
