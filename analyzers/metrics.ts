import type { Metrics } from './types';
import type { Span } from './text-split';
import { shapesOf } from './sentence-shape';
import { native } from './native-regex';

/**
 * Listening signals (shared/questions.md): counts per paragraph, cached with the paragraph and
 * summed into Metrics. Lexical only; it runs on every keystroke.
 */
export interface MetricCounts {
  words: number;
  sentences: number;
  /** Words, sentences and syllables of prose, for the reading grade: greeting, sign-off and name lines left out. */
  gradeWords: number;
  gradeSentences: number;
  syllables: number;
  questions: number;
  openQuestions: number;
  /** Questions about the buyer, not about a meeting slot or our product. */
  buyerQuestions: number;
  youWords: number;
  selfWords: number;
  theyWords: number;
  /** Signals of a product pitch or feature list ("we offer…", "our platform…", a list of features). */
  featureSignals: number;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;
const YOU = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'll", "you'd", 'y\'all']);
const THEY = new Set(['they', 'them', 'their', 'theirs', 'themselves', "they're", "they've", "they'll", "they'd"]);
const SELF = new Set(['i', 'we', 'our', 'ours', 'us', 'me', 'my', 'mine', "i'm", "i've", "i'll", "i'd", "we're", "we've", "we'll", "we'd", 'ourselves', 'myself', "let's"]);
/** "Thank you" and "see you" are courtesy, not attention to the reader. */
const COURTESY_BEFORE_YOU = new Set(['thank', 'see']);

/** Open questions invite an answer in the buyer's own words. */
const OPEN =
  /\b(?:what|how|why|which|where|who|tell me|walk me through|describe|help me understand|share (?:what|how|more)|in what way|to what extent)\b/i;
/** Open in form but about logistics: "what time works?", "which day is better?". */
const LOGISTIC_OPEN = /\b(?:what|which) (?:time|day|date|slot)s?\b|\bhow about (?:\w+day|\d|tomorrow|next)|\bwhen (?:works|is good|are you free)/i;
/** Offers and asks about us, not them: "would you like a demo?", "can I send…?". */
const NOT_ABOUT_BUYER = /\b(?:would you like|do you want|want me to|can i|could i|shall i|should i|may i|can we|could we|shall we|interested in (?:a|an|our|seeing|trying)|open to (?:a|an|our))\b/i;
const ABOUT_BUYER = /\b(?:you|your|you're|yours|they|their|them|team|teams?'s?)\b/i;

const FEATURE_WORDS = /\b(?:features?|integrations?|dashboards?|analytics|reporting|automation|api|mobile app|workflow builder|templates?|custom (?:roles|fields|reports)|ai[- ]powered|real[- ]time|seamless|robust|powerful)\b/gi;
const SELF_SUBJECT = /^\s*(?:we|our|it)\b/i;
/** A list of three or more items: two commas or more (counted, not matched: no backtracking). */
function isList(text: string): boolean {
  const first = text.indexOf(',');
  return first >= 0 && text.indexOf(',', first + 1) >= 0;
}

const A = 97;
const Z = 122;
const isVowel = (c: number) => c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121; // a e i o u y
const isLaeiouy = (c: number) => c === 108 || isVowel(c);

/**
 * The rough syllable count the reading grade uses, for one lower-case word: letters a–z only,
 * a silent "-es", "-ed" or "-e" dropped, a leading "y" not a vowel, then runs of vowels counted
 * two letters at a time. Written without regular expressions (four per word, on every word of
 * every paragraph, were a tenth of the engine's time); tests/engine/metrics.test.ts holds it to
 * the regular-expression definition on every word of the corpora.
 */
export function syllables(lower: string): number {
  // Only the letters a–z count, as in /[^a-z]/g.
  let w = lower;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < A || c > Z) {
      w = lower.replace(/[^a-z]/g, '');
      break;
    }
  }
  const n = w.length;
  if (n === 0) return 0;
  if (n <= 3) return 1;
  // The suffix: "-Xes" (X not l or a vowel), "-ed", or "-Xe".
  let end = n;
  const last = w.charCodeAt(n - 1);
  const prev = w.charCodeAt(n - 2);
  if (last === 115 && prev === 101 && !isLaeiouy(w.charCodeAt(n - 3))) end = n - 3;
  else if (last === 100 && prev === 101) end = n - 2;
  else if (last === 101 && !isLaeiouy(prev)) end = n - 2;
  // A leading y is not a vowel; then runs of vowels, counted two letters at a time.
  let groups = 0;
  let run = 0;
  for (let i = w.charCodeAt(0) === 121 ? 1 : 0; i < end; i++) {
    if (isVowel(w.charCodeAt(i))) run++;
    else if (run) {
      groups += (run + 1) >> 1;
      run = 0;
    }
  }
  groups += (run + 1) >> 1;
  return Math.max(1, groups);
}

/** Greeting, sign-off and name lines: short, with no sentence punctuation at the end. */
function isFragment(para: string, words: number): boolean {
  return words <= 3 && !/[.?!]["'\u2019\u201d)]*\s*$/.test(para);
}

export function countParagraph(para: string, sentences: Span[], shapes = shapesOf(para, sentences)): MetricCounts {
  const c = emptyCounts();
  c.sentences = sentences.length;
  let prev = '';
  let syl = 0;
  // Each regex here runs on every paragraph or question: compiled once, to machine code (native-regex.ts).
  const word = native(WORD);
  word.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = word.exec(para))) {
    const lower = m[0].toLowerCase();
    const w = lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
    c.words++;
    syl += syllables(w);
    if (YOU.has(w)) {
      if (!(w === 'you' && COURTESY_BEFORE_YOU.has(prev))) c.youWords++;
    } else if (SELF.has(w)) c.selfWords++;
    else if (THEY.has(w)) c.theyWords++;
    prev = w;
  }
  if (!isFragment(para, c.words)) {
    c.gradeWords = c.words;
    c.gradeSentences = sentences.length;
    c.syllables = syl;
  }
  sentences.forEach((s, i) => {
    const text = para.slice(s.start, s.end);
    const shape = shapes[i];
    if (shape.question) {
      c.questions++;
      const open = native(OPEN).test(text) && !native(LOGISTIC_OPEN).test(text);
      if (open) c.openQuestions++;
      if (!shape.scheduling && !native(NOT_ABOUT_BUYER).test(text) && (open || native(ABOUT_BUYER).test(text))) c.buyerQuestions++;
    }
    if (shape.pitch) {
      const features = (text.match(native(FEATURE_WORDS)) ?? []).length;
      c.featureSignals += 1 + Math.min(2, features) + (isList(text) ? 2 : 0);
    } else if (native(SELF_SUBJECT).test(text) && isList(text)) {
      // "We handle rent collection, maintenance requests, owner statements and screening."
      c.featureSignals += 2;
    }
  });
  return c;
}

export function emptyCounts(): MetricCounts {
  return { words: 0, sentences: 0, gradeWords: 0, gradeSentences: 0, syllables: 0, questions: 0, openQuestions: 0, buyerQuestions: 0, youWords: 0, selfWords: 0, theyWords: 0, featureSignals: 0 };
}

export function addCounts(into: MetricCounts, c: MetricCounts): void {
  into.words += c.words;
  into.sentences += c.sentences;
  into.gradeWords += c.gradeWords;
  into.gradeSentences += c.gradeSentences;
  into.syllables += c.syllables;
  into.questions += c.questions;
  into.openQuestions += c.openQuestions;
  into.buyerQuestions += c.buyerQuestions;
  into.youWords += c.youWords;
  into.selfWords += c.selfWords;
  into.theyWords += c.theyWords;
  into.featureSignals += c.featureSignals;
}

/** A pitch that asks nothing about the buyer: three or more pitch signals and no question about them. */
export const FEATURE_LIST_MIN = 3;

export function toMetrics(c: MetricCounts): Metrics {
  const words = c.gradeWords || c.words;
  const sentences = Math.max(1, c.gradeWords ? c.gradeSentences : c.sentences);
  const syl = c.gradeWords ? c.syllables : 0;
  // Flesch–Kincaid grade level.
  const grade = words === 0 || syl === 0 ? 0 : 0.39 * (words / sentences) + 11.8 * (syl / words) - 15.59;
  const pronouns = c.youWords + c.selfWords;
  const all = pronouns + c.theyWords;
  return {
    words: c.words,
    // Greeting, sign-off and name lines are not sentences a reader has to parse.
    sentences: c.gradeWords ? c.gradeSentences : c.sentences,
    questions: c.questions,
    openQuestions: c.openQuestions,
    youWords: c.youWords,
    selfWords: c.selfWords,
    youShare: pronouns === 0 ? 0.5 : Math.round((c.youWords / pronouns) * 100) / 100,
    theyWords: c.theyWords,
    buyerShare: all === 0 ? 0.5 : Math.round(((c.youWords + c.theyWords) / all) * 100) / 100,
    featureListWithoutQuestion: c.featureSignals >= FEATURE_LIST_MIN && c.buyerQuestions === 0,
    readingGrade: Math.max(0, Math.round(grade * 10) / 10),
  };
}
