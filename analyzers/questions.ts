import type { Category, Finding, Metrics, QuestionId, QuestionSuggestion } from './types';
import type { Span } from './text-split';
import { QUESTION_TEXT } from './question-text';
import { paragraphRole, shapesOf, type ParagraphRole } from './sentence-shape';
import { COMPARING, GOALS_KNOWN, PITCH_TOPIC, STAYING, sentenceCues, snippet, TODAYS_TOOLS } from './question-cues';
import { native } from './native-regex';
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

export function paragraphSignals(para: string, sentences: Span[], shapes = shapesOf(para, sentences)): QuestionSignals {
  const role = paragraphRole(para);
  const signals: QuestionSignals = { cues: [], asked: [], role, goalsKnown: false, sentenceEnds: sentences.map((s) => s.end) };
  if (role === 'greeting' || role === 'closing') return signals;
  signals.goalsKnown = native(GOALS_KNOWN).test(para);
  sentences.forEach((s, i) => {
    const text = para.slice(s.start, s.end);
    const shape = shapes[i];
    const factor = shape.scheduling ? SCHEDULING_FACTOR : shape.thanks ? THANKS_FACTOR : 1;
    for (const h of sentenceCues(text, shape)) signals.cues.push({ ...h, weight: h.weight * factor, start: s.start, end: s.end });
    for (const id of askedIn(text, shape)) signals.asked.push({ id, start: s.start, end: s.end });
  });
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
  /** A finding whose sentence this question would answer; its description is built only if chosen. */
  finding?: Finding;
  at: number;
}

/** Running totals for one question: its strongest cue, the weight of the rest, a few topics. */
interface Tally {
  top: Placed;
  total: number;
  topics: Placed[];
  /** The first pitch sentence: where `outcome` goes when the text is a feature list. */
  pitch?: Placed;
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

/** Weight of the other cues for a question, relative to its strongest, and the cap on their sum. */
const MORE_CUES = 0.5;
const MORE_CUES_CAP = 3;
const MAX_TOPICS = 6;
/** A feature list that asks nothing about the buyer is the clearest case for `outcome`. */
const FEATURE_LIST_BONUS = 3;

export function chooseQuestions(input: ChooseInput): QuestionSuggestion[] {
  const { text, paragraphs, covered, findings, metrics, kind } = input;
  const isNote = kind === 'note';
  const byParagraph = input.byParagraph ?? findingsByParagraph(paragraphs, findings);
  const tallies = new Map<QuestionId, Tally>();
  const add = (c: Placed) => {
    if (covered.includes(c.id)) return;
    const t = tallies.get(c.id);
    const pitch = c.id === 'outcome' && c.topic === PITCH_TOPIC ? c : undefined;
    if (!t) {
      tallies.set(c.id, { top: c, total: c.weight, topics: [c], pitch });
      return;
    }
    t.pitch ??= pitch;
    t.total += c.weight;
    if (c.weight > t.top.weight) t.top = c;
    if (t.topics.length < MAX_TOPICS) t.topics.push(c);
  };
  let goalsKnown = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    goalsKnown ||= p.signals.goalsKnown;
    const near = byParagraph[i];
    for (const c of p.signals.cues) {
      const start = c.start + p.start;
      const end = c.end + p.start;
      // The pressure finding there is the better place for a question: `concerns`, below.
      if (near.length > 0 && near.some((f) => f.start < end && start < f.end)) continue;
      add({ id: c.id, weight: c.weight, topic: c.topic, say: c.say, at: isNote ? p.end : end });
    }
    for (const f of near) {
      if (f.start < p.start) continue; // counted with the paragraph it starts in
      const rel = f.end - p.start;
      const end = p.signals.sentenceEnds.find((e) => e >= rel);
      add({ id: 'concerns', weight: FINDING_WEIGHT[f.severity], topic: '', finding: f, at: isNote || end === undefined ? p.end : p.start + end });
    }
  }
  if (tallies.size === 0) return [];

  const scored: Array<{ id: QuestionId; score: number; tally: Tally }> = [];
  for (const [id, tally] of tallies) {
    let score = tally.top.weight + Math.min(MORE_CUES_CAP, (tally.total - tally.top.weight) * MORE_CUES);
    if (id === 'outcome') {
      if (metrics.featureListWithoutQuestion) {
        score += FEATURE_LIST_BONUS;
        if (tally.pitch) tally.top = tally.pitch;
      }
      if (goalsKnown) score /= 2;
    }
    // A decision point in a short email is the moment to check for doubts.
    if (id === 'clarity' && !isNote && metrics.words <= 150) score *= 1.15;
    if (score >= MIN_SCORE) scored.push({ id, score, tally });
  }
  scored.sort((a, b) => b.score - a.score || PRIORITY[b.id] - PRIORITY[a.id] || a.tally.top.at - b.tally.top.at);

  const bodyEnd = isNote ? text.length : closingStart(text, paragraphs);
  return scored.slice(0, MAX_SUGGESTIONS).map(({ id, tally }) => ({
    id,
    text: QUESTION_TEXT[id],
    cue: describe(id, tally),
    at: placeBefore(text, Math.min(tally.top.at, text.length), bodyEnd),
  }));
}

const GENERIC_TOPICS = new Set([COMPARING, STAYING, TODAYS_TOOLS]);

function describe(id: QuestionId, { top, topics }: Tally): string {
  if (top.finding) {
    const excerpt = snippet(top.finding.text, 0, 8);
    return `${FINDING_CUE[top.finding.category]} (\u201c${excerpt}\u201d): invite their concerns instead`;
  }
  if (top.say) return top.say;
  const names: string[] = [];
  const ranked = [...topics].sort((a, b) => b.weight - a.weight || a.at - b.at);
  for (const c of ranked) if (!c.say && !c.finding && !names.some((t) => t.toLowerCase() === c.topic.toLowerCase())) names.push(c.topic);
  // A specific topic ("a comparison with Salesforce") says more than a generic one.
  const specific = names.filter((t) => !GENERIC_TOPICS.has(t));
  if (specific.length === 0) specific.push(...names.slice(0, 1));
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
