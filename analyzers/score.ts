import type { CareScore, Finding, Metrics, QuestionId, ScorePart } from './types';
import { QUESTION_LABEL } from './question-text';

/**
 * A 0–100 care score whose parts are explained. Pressure costs the most; the rest rewards the
 * listening habits from the seeds and public research: 1–3 questions, open ones (the seeds'
 * "what are your problems?"), more "you" than "we", 50–125 words and a low reading grade
 * (Boomerang's study of 40M emails). Call notes are for the rep, so only pressure and the five
 * questions count there. Every explanation string here is shown to the user.
 */

const MAX = { pressure: 45, questions: 25, 'you-focus': 15, length: 10, readability: 5 } as const;
const SEVERITY_COST = { hint: 5, warning: 12, strong: 20 } as const;
const LABEL: Record<ScorePart['id'], string> = {
  pressure: 'No pressure',
  questions: 'Questions that show you care',
  'you-focus': 'About them, not us',
  length: 'Easy to answer',
  readability: 'Plain words',
};

type Kind = 'email' | 'note' | 'snippet' | undefined;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function pressurePart(findings: Finding[]): ScorePart {
  const cost = Math.min(MAX.pressure, findings.reduce((s, f) => s + SEVERITY_COST[f.severity], 0));
  let explanation = 'No pressure language: the decision stays theirs.';
  if (findings.length > 0) {
    const worst = [...findings].sort((a, b) => SEVERITY_COST[b.severity] - SEVERITY_COST[a.severity])[0];
    explanation = `${plural(findings.length, 'pressure phrase')} ${findings.length === 1 ? 'costs' : 'cost'} ${cost} points, e.g. \u201c${worst.text}\u201d.`;
  }
  return { id: 'pressure', label: LABEL.pressure, points: MAX.pressure - cost, max: MAX.pressure, explanation };
}

function questionsPart(metrics: Metrics, covered: QuestionId[], kind: Kind): ScorePart {
  const label = LABEL.questions;
  const names = covered.map((q) => QUESTION_LABEL[q].toLowerCase()).join(', ');
  if (kind === 'note') {
    const points = Math.min(MAX.questions, covered.length * 5);
    const explanation =
      covered.length === 0 ? 'None of the five care questions is noted as asked yet.' : `Covered ${covered.length} of the five care questions: ${names}.`;
    return { id: 'questions', label, points, max: MAX.questions, explanation };
  }
  const asks = metrics.questions;
  // One to three questions get the most replies; a longer list reads like a form.
  const asking = asks === 0 ? 0 : asks <= 3 ? 10 : 7;
  const open = Math.min(2, metrics.openQuestions) * 4;
  const care = covered.length === 0 ? 0 : covered.length === 1 ? 4 : 7;
  const points = Math.min(MAX.questions, asking + open + care);
  let explanation: string;
  if (asks === 0) explanation = 'Asks no question yet: one open question about them invites a reply.';
  else {
    explanation = `Asks ${plural(asks, 'question')}, ${metrics.openQuestions} open`;
    explanation += covered.length ? `, and covers ${names}.` : '.';
    if (asks > 3) explanation += ' One to three questions get the most replies.';
    else if (metrics.openQuestions === 0) explanation += ' An open question (what, how) lets them answer in their own words.';
  }
  return { id: 'questions', label, points, max: MAX.questions, explanation };
}

function youPart(metrics: Metrics, kind: Kind): ScorePart {
  const label = LABEL['you-focus'];
  if (kind === 'note') {
    // Notes speak of the buyer as "they": their goals, tools and worries against our pitch.
    const known = metrics.youWords + metrics.selfWords + metrics.theyWords > 0;
    const share = Math.round(metrics.buyerShare * 100);
    const points = Math.round(Math.min(1, metrics.buyerShare / 0.6) * MAX['you-focus']);
    const explanation = known ? `${share}% of the notes' pronouns are about the buyer rather than us.` : 'No "they" or "we" in the notes yet.';
    return { id: 'you-focus', label, points, max: MAX['you-focus'], explanation };
  }
  const pronouns = metrics.youWords + metrics.selfWords;
  // More than half of the pronouns about the reader earns it all.
  const points = Math.round(Math.min(1, metrics.youShare / 0.6) * MAX['you-focus']);
  const share = Math.round(metrics.youShare * 100);
  const explanation =
    pronouns === 0
      ? 'No "you" or "we" yet.'
      : share >= 60
        ? `${share}% of "you" and "I/we" words are about the reader.`
        : `${share}% of "you" and "I/we" words are about the reader; more than half reads as listening.`;
  return { id: 'you-focus', label, points, max: MAX['you-focus'], explanation };
}

function lengthPart(metrics: Metrics, kind: Kind): ScorePart {
  const label = LABEL.length;
  const w = metrics.words;
  if (kind === 'note' || kind === 'snippet') {
    return { id: 'length', label, points: MAX.length, max: MAX.length, explanation: kind === 'note' ? 'Not scored for call notes.' : 'Not scored for a single sentence.' };
  }
  const points = w < 25 ? 6 : w < 50 ? 8 : w <= 125 ? 10 : w <= 200 ? 6 : w <= 300 ? 3 : 0;
  const explanation =
    w >= 50 && w <= 125
      ? `${plural(w, 'word')}: in the 50–125 range that gets the most replies.`
      : w < 50
        ? `${plural(w, 'word')}: short is fine; 50–125 words get the most replies.`
        : `${plural(w, 'word')}: emails of 50–125 words get the most replies.`;
  return { id: 'length', label, points, max: MAX.length, explanation };
}

function readabilityPart(metrics: Metrics, kind: Kind): ScorePart {
  const label = LABEL.readability;
  if (kind === 'note') return { id: 'readability', label, points: MAX.readability, max: MAX.readability, explanation: 'Not scored for call notes.' };
  const g = metrics.readingGrade;
  const points = g <= 6 ? 5 : g <= 8 ? 4 : g <= 10 ? 3 : g <= 12 ? 1 : 0;
  const explanation = g <= 8 ? `Reading grade ${g}: plain and easy to answer.` : `Reading grade ${g}: shorter sentences and plainer words get more replies.`;
  return { id: 'readability', label, points, max: MAX.readability, explanation };
}

export function careScore(findings: Finding[], metrics: Metrics, covered: QuestionId[], kind?: Kind): CareScore {
  if (metrics.words === 0) {
    const parts: ScorePart[] = (Object.keys(MAX) as Array<keyof typeof MAX>).map((id) => ({
      id,
      label: LABEL[id],
      points: 0,
      max: MAX[id],
      explanation: 'Nothing to score yet.',
    }));
    return { value: 0, parts };
  }
  const parts = [pressurePart(findings), questionsPart(metrics, covered, kind), youPart(metrics, kind), lengthPart(metrics, kind), readabilityPart(metrics, kind)];
  const value = Math.max(0, Math.min(100, Math.round(parts.reduce((s, p) => s + p.points, 0))));
  return { value, parts };
}
