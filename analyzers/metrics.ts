import type { Metrics } from './types';
import type { Span } from './text-split';

/** Per-paragraph counts, cached with the paragraph and summed into Metrics. */
export interface MetricCounts {
  words: number;
  sentences: number;
  syllables: number;
  questions: number;
  openQuestions: number;
  youWords: number;
  selfWords: number;
  /** Signals of a product pitch / feature list (bullets, "we offer", "our platform"). */
  featureSignals: number;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;
const YOU = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'll", "you'd"]);
const SELF = new Set(['i', 'we', 'our', 'ours', 'us', 'me', 'my', 'mine', "i'm", "i've", "i'll", "i'd", "we're", "we've", "we'll", "we'd", 'ourselves', 'myself']);
const OPEN_START = /^\s*(?:[-*•]\s*)?(?:so|and|but|also|quick question:?|one more thing:?|curious:?)?\s*(what|how|why|which|where|who|when|tell me|walk me through|describe|help me understand)\b/i;
const FEATURE = /\b(we offer|we provide|our (platform|product|solution|tool|software|features?)|comes with|includes|integrations?|dashboards?|features?|market leader|best-in-class|industry-leading|world-class|unlimited)\b/gi;

function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const groups = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '').match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export function countParagraph(para: string, sentences: Span[]): MetricCounts {
  const c: MetricCounts = { words: 0, sentences: sentences.length, syllables: 0, questions: 0, openQuestions: 0, youWords: 0, selfWords: 0, featureSignals: 0 };
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(para))) {
    const w = m[0].toLowerCase().replace(/\u2019/g, "'");
    c.words++;
    c.syllables += syllables(w);
    if (YOU.has(w)) c.youWords++;
    else if (SELF.has(w)) c.selfWords++;
  }
  for (const s of sentences) {
    const text = para.slice(s.start, s.end);
    if (/\?["'\u201d)]*$/.test(text)) {
      c.questions++;
      if (OPEN_START.test(text)) c.openQuestions++;
    }
  }
  FEATURE.lastIndex = 0;
  c.featureSignals = (para.match(FEATURE) ?? []).length + (/^\s*([-*•]|\d+[.)])\s/.test(para) ? 0 : 0);
  return c;
}

export function emptyCounts(): MetricCounts {
  return { words: 0, sentences: 0, syllables: 0, questions: 0, openQuestions: 0, youWords: 0, selfWords: 0, featureSignals: 0 };
}

export function addCounts(into: MetricCounts, c: MetricCounts): void {
  into.words += c.words;
  into.sentences += c.sentences;
  into.syllables += c.syllables;
  into.questions += c.questions;
  into.openQuestions += c.openQuestions;
  into.youWords += c.youWords;
  into.selfWords += c.selfWords;
  into.featureSignals += c.featureSignals;
}

export function toMetrics(c: MetricCounts): Metrics {
  const sentences = Math.max(1, c.sentences);
  const words = Math.max(1, c.words);
  const grade = c.words === 0 ? 0 : 0.39 * (c.words / sentences) + 11.8 * (c.syllables / words) - 15.59;
  const pronouns = c.youWords + c.selfWords;
  return {
    words: c.words,
    sentences: c.sentences,
    questions: c.questions,
    openQuestions: c.openQuestions,
    youWords: c.youWords,
    selfWords: c.selfWords,
    youShare: pronouns === 0 ? 0.5 : Math.round((c.youWords / pronouns) * 100) / 100,
    featureListWithoutQuestion: c.featureSignals >= 3 && c.questions === 0,
    readingGrade: Math.max(0, Math.round(grade * 10) / 10),
  };
}
