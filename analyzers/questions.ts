import type { Category, Finding, Metrics, QuestionId, QuestionSuggestion } from './types';
import type { Span } from './text-split';
import { QUESTION_TEXT } from './question-text';
import { paragraphRole, sentenceShape, type ParagraphRole } from './sentence-shape';
import { GOALS_KNOWN, sentenceCues, snippet } from './question-cues';
import { askedIn } from './question-coverage';

/**
 * Where the five questions fit (shared/questions.md). The lexical work is per paragraph and
 * cached with it (`paragraphSignals`); the choice across the whole text (`chooseQuestions`) only
 * weighs the cues found, so it stays cheap on every keystroke.
 */
export interface Cue {
  id: QuestionId;
  weight: number;
  topic: string;
  say?: string;
  /** The sentence holding the cue, relative to the paragraph. */
  start: number;
  end: number;
}

export interface AskedSpan {
  id: QuestionId;
  start: number;
  end: number;
}

export interface QuestionSignals {
  cues: Cue[];
  /** Which of the five the paragraph already asks (paraphrases count), with the asking sentence. */
  asked: AskedSpan[];
  role: ParagraphRole;
  /** The buyer's goals are on the page, so a pitch no longer comes "before their goals". */
  goalsKnown: boolean;
  /** Sentence ends, relative to the paragraph: where a question can go. */
  sentenceEnds: number[];
}

/** Scheduling and pleasantries mention words like "demo" or "contract" without being about them. */
const SCHEDULING_FACTOR = 0.35;
const THANKS_FACTOR = 0.6;

export function paragraphSignals(para: string, sentences: Span[]): QuestionSignals {
  const role = paragraphRole(para);
  const signals: QuestionSignals = { cues: [], asked: [], role, goalsKnown: false, sentenceEnds: sentences.map((s) => s.end) };
  if (role === 'greeting' || role === 'closing') return signals;
  signals.goalsKnown = GOALS_KNOWN.test(para);
  for (const s of sentences) {
    const text = para.slice(s.start, s.end);
    const shape = sentenceShape(text);
    const factor = shape.scheduling ? SCHEDULING_FACTOR : shape.thanks ? THANKS_FACTOR : 1;
    for (const h of sentenceCues(text, shape)) signals.cues.push({ ...h, weight: h.weight * factor, start: s.start, end: s.end });
    for (const id of askedIn(text, shape)) signals.asked.push({ id, start: s.start, end: s.end });
  }
  return signals;
}

/** A paragraph's signals placed in the whole text. */
export interface PlacedSignals {
  start: number;
  end: number;
  signals: QuestionSignals;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * The findings touching each paragraph, found by binary search so a long pasted text with many
 * findings stays linear-ish instead of paragraphs × findings.
 */
export function findingsByParagraph(paragraphs: PlacedSignals[], findings: Finding[]): Finding[][] {
  const out: Finding[][] = paragraphs.map(() => []);
  for (const f of findings) {
    let lo = 0;
    let hi = paragraphs.length - 1;
    let first = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (paragraphs[mid].end > f.start) {
        first = mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    if (first < 0) continue;
    for (let i = first; i < paragraphs.length && paragraphs[i].start < Math.max(f.end, f.start + 1); i++) out[i].push(f);
  }
  return out;
}

/**
 * Which of the five the text asks. A question that is itself flagged ("what's holding you back
 * from saying yes?") pushes rather than asks, so it covers nothing.
 */
export function coveredQuestions(paragraphs: PlacedSignals[], findings: Finding[], byParagraph = findingsByParagraph(paragraphs, findings)): QuestionId[] {
  const covered = new Set<QuestionId>();
  paragraphs.forEach((p, i) => {
    for (const a of p.signals.asked) {
      const span = { start: a.start + p.start, end: a.end + p.start };
      if (!byParagraph[i].some((f) => overlaps(f, span))) covered.add(a.id);
    }
  });
  return [...covered];
}

const FINDING_CUE: Record<Category, string> = {
  scarcity: 'a scarcity claim',
  urgency: 'a deadline you set',
  pressure: 'a push to decide',
  'social-pressure': 'a bandwagon appeal',
  'fear-guilt': 'a fear or guilt appeal',
  adversarial: 'the buyer framed as an opponent',
  dismissive: 'their view brushed aside',
};
const FINDING_WEIGHT = { strong: 5, warning: 4.5, hint: 3 } as const;

/** Lower bound for any suggestion: a single passing word (a tool name, "demo" in a thank-you) is not enough. */
export const MIN_SCORE = 2.5;
/** Ties go to the more specific question. */
const PRIORITY: Record<QuestionId, number> = { concerns: 5, clarity: 4, alternatives: 3, fit: 2, outcome: 1 };
const MAX_SUGGESTIONS = 2;

interface Placed {
  id: QuestionId;
  weight: number;
  topic: string;
  say?: string;
  at: number;
}

export interface ChooseInput {
  text: string;
  paragraphs: PlacedSignals[];
  covered: QuestionId[];
  findings: Finding[];
  metrics: Metrics;
  kind?: 'email' | 'note' | 'snippet';
  /** From `findingsByParagraph`, when the caller already has it. */
  byParagraph?: Finding[][];
}

export function chooseQuestions(input: ChooseInput): QuestionSuggestion[] {
  const { text, paragraphs, covered, findings, metrics, kind } = input;
  const placed: Placed[] = [];
  let goalsKnown = false;
  const isNote = kind === 'note';
  const byParagraph = input.byParagraph ?? findingsByParagraph(paragraphs, findings);
  paragraphs.forEach((p, i) => {
    goalsKnown ||= p.signals.goalsKnown;
    const near = byParagraph[i];
    for (const c of p.signals.cues) {
      const sentence = { start: c.start + p.start, end: c.end + p.start };
      // The pressure finding there is the better place for a question: `concerns`, below.
      if (near.some((f) => overlaps(f, sentence))) continue;
      placed.push({ id: c.id, weight: c.weight, topic: c.topic, say: c.say, at: isNote ? p.end : sentence.end });
    }
    for (const f of near) {
      if (f.start < p.start) continue; // placed with the paragraph it starts in
      const rel = f.end - p.start;
      const end = p.signals.sentenceEnds.find((e) => e >= rel);
      const excerpt = snippet(f.text, 0, 8);
      placed.push({
        id: 'concerns',
        weight: FINDING_WEIGHT[f.severity],
        topic: excerpt,
        say: `${FINDING_CUE[f.category]} (\u201c${excerpt}\u201d): invite their concerns instead`,
        at: isNote || end === undefined ? p.end : p.start + end,
      });
    }
  });
  if (placed.length === 0) return [];

  const groups = new Map<QuestionId, Placed[]>();
  for (const c of placed) {
    const g = groups.get(c.id);
    if (g) g.push(c);
    else groups.set(c.id, [c]);
  }
  const scored: Array<{ id: QuestionId; score: number; top: Placed; cues: Placed[] }> = [];
  for (const [id, cues] of groups) {
    if (covered.includes(id)) continue;
    cues.sort((a, b) => b.weight - a.weight || a.at - b.at);
    const top = cues[0];
    const rest = cues.slice(1).reduce((s, c) => s + c.weight, 0);
    let score = top.weight + Math.min(3, rest / 2);
    if (id === 'outcome') {
      if (metrics.featureListWithoutQuestion) score += 3;
      if (goalsKnown) score /= 2;
    }
    // A decision point in a short email is the moment to check for doubts.
    if (id === 'clarity' && !isNote && metrics.words <= 150) score *= 1.15;
    if (score >= MIN_SCORE) scored.push({ id, score, top, cues });
  }
  scored.sort((a, b) => b.score - a.score || PRIORITY[b.id] - PRIORITY[a.id] || a.top.at - b.top.at);

  const bodyEnd = isNote ? text.length : closingStart(text, paragraphs);
  return scored.slice(0, MAX_SUGGESTIONS).map(({ id, top, cues }) => ({
    id,
    text: QUESTION_TEXT[id],
    cue: describe(id, top, cues),
    at: placeBefore(text, Math.min(top.at, text.length), bodyEnd),
  }));
}

const GENERIC_TOPICS = new Set(['comparing options', 'staying with what they have', 'the tools they use today']);

function describe(id: QuestionId, top: Placed, cues: Placed[]): string {
  if (top.say) return top.say;
  const topics: string[] = [];
  for (const c of cues) if (!c.say && !topics.some((t) => t.toLowerCase() === c.topic.toLowerCase())) topics.push(c.topic);
  // A specific topic ("a comparison with Salesforce") says more than a generic one.
  const specific = topics.filter((t) => !GENERIC_TOPICS.has(t));
  if (specific.length === 0) specific.push(...topics.slice(0, 1));
  const list = specific.slice(0, 2).join(' and ');
  return id === 'fit' || id === 'alternatives' ? `they mentioned ${list}` : list;
}

/**
 * Where an email's closing starts ("Best,\nAlex", "Thanks, Paul", a bare name): a question never
 * goes after the sign-off.
 */
export function closingStart(text: string, paragraphs: PlacedSignals[]): number {
  let i = paragraphs.length - 1;
  let start = text.length;
  let sawClosing = false;
  let trailing = 0;
  while (i > 0 && trailing < 6) {
    const role = paragraphs[i].signals.role;
    if (role === 'closing') sawClosing = true;
    else if (role !== 'signature-like') break;
    start = paragraphs[i].start;
    trailing++;
    i--;
  }
  // A trailing short line with no sign-off word is a signature only when it is a bare name.
  if (!sawClosing && trailing > 0) {
    const last = paragraphs[paragraphs.length - 1];
    const line = text.slice(last.start, last.end).trim();
    if (trailing > 2 || !/^\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2}$/u.test(line)) return text.length;
  }
  return start;
}

/** Clamp an insertion point to before the closing, at the end of the last body text. */
function placeBefore(text: string, at: number, bodyEnd: number): number {
  if (at <= bodyEnd) return at;
  let end = bodyEnd;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}
