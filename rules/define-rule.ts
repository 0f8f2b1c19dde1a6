import type { QuestionId, Severity } from '../analyzers/types';
import type { GuardName } from '../analyzers/context';

/**
 * One rule, as data. The id and category come from the file's path
 * (rules/<category>/<name>.ts), never typed twice.
 *
 * Patterns are compromise match strings run over *tokenized* text (no part-of-speech
 * tags, which keeps typing fast). Write contractions expanded ("do not", "it is": they also
 * match "don't", "it's"), use `%macro%` for lexicon word groups (rules/lexicon.ts), and
 * `[ ... ]` to narrow the reported span. There are no part-of-speech tags (#Noun, {lemma}):
 * the engine ships compromise/one, the tokenizer alone (90 KB instead of 360 KB, ~10× faster
 * than tagging), so vocabulary lives in rules/lexicon/ instead.
 */
export interface RuleSpec {
  match: string | string[];
  /** Not supported (see above); kept so an old rule gets a clear error instead of silence. */
  tagged?: never;
  /**
   * Context that turns a match off. Named guards (see analyzers/context.ts) or regular
   * expressions tested against the sentence around the match.
   */
  unless?: Array<GuardName | RegExp>;
  /** Opt out of the negation and reassurance guards every rule gets (rare: the pattern handles them). */
  noDefaultGuards?: boolean;
  severity: Severity;
  /** Short, neutral, under ~90 characters: what was found. */
  message: string;
  /** For the panel: why this costs trust. */
  why: string;
  /** Kinder alternatives: a rewrite of the span, or one of the five questions to ask instead. */
  alternatives: Array<{ rewrite: string } | { question: QuestionId; text?: string }>;
  /**
   * flag: sentences where the rule must fire, the expected span marked [[like this]].
   * pass: sentences where it must stay quiet.
   * knownMisses / knownFalseAlarms: visible expected failures, tested to still fail.
   */
  examples: {
    flag: string[];
    pass: string[];
    knownMisses?: string[];
    knownFalseAlarms?: string[];
  };
}

export function defineRule(spec: RuleSpec): RuleSpec {
  return spec;
}
