/** Shared vocabulary of the engine. Ids are fixed: corpora, the CLI and saved settings use them. */

export const CATEGORIES = [
  'scarcity',
  'urgency',
  'pressure',
  'social-pressure',
  'fear-guilt',
  'adversarial',
  'dismissive',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['hint', 'warning', 'strong'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const QUESTION_IDS = ['outcome', 'concerns', 'fit', 'alternatives', 'clarity'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** low shows only strong findings, medium adds warnings, high adds hints. */
export const SENSITIVITIES = ['low', 'medium', 'high'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export type Alternative =
  | { kind: 'rewrite'; text: string }
  | { kind: 'question'; questionId: QuestionId; text: string };

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the analysed text; text === input.slice(start, end). */
  start: number;
  end: number;
  text: string;
  message: string;
  why: string;
  alternatives: Alternative[];
}

export interface QuestionSuggestion {
  id: QuestionId;
  /** The question as the product shows it. */
  text: string;
  /** What in the text prompted it, e.g. "they mentioned Gong and an in-house build". */
  cue: string;
  /** Offset in the text where the question fits (insertion point). */
  at: number;
}

export interface Metrics {
  words: number;
  sentences: number;
  questions: number;
  openQuestions: number;
  /** Occurrences of you/your/yours… */
  youWords: number;
  /** Occurrences of I/we/our/us/me/my and the product's name-like self references. */
  selfWords: number;
  /** youWords / (youWords + selfWords), 0..1; 0.5 when neither occurs. */
  youShare: number;
  /** Occurrences of they/them/their… (call notes speak of the buyer in the third person). */
  theyWords: number;
  /** (youWords + theyWords) / (those + selfWords), 0..1; 0.5 when none occurs. The notes' balance. */
  buyerShare: number;
  /** True when the text lists features or pitches the product and asks nothing. */
  featureListWithoutQuestion: boolean;
  /** Flesch–Kincaid grade level, rounded to one decimal. */
  readingGrade: number;
}

export interface ScorePart {
  id: 'pressure' | 'questions' | 'you-focus' | 'length' | 'readability';
  label: string;
  /** Points this part contributes (can be negative for the pressure part). */
  points: number;
  max: number;
  explanation: string;
}

export interface CareScore {
  value: number;
  parts: ScorePart[];
}

export interface Report {
  findings: Finding[];
  questions: QuestionSuggestion[];
  covered: QuestionId[];
  metrics: Metrics;
  score: CareScore;
}

export interface CustomPhrase {
  phrase: string;
  category: Category;
  message: string;
  severity?: Severity;
}

export interface AnalyzeOptions {
  /** Categories to report; all by default. */
  categories?: Category[];
  sensitivity?: Sensitivity;
  customPhrases?: CustomPhrase[];
  /** Rule ids (e.g. "urgency/offer-expires") never to report. */
  ignoredRules?: string[];
  /** Text kind: changes question cues a little (notes are terser). */
  kind?: 'email' | 'note' | 'snippet';
}
