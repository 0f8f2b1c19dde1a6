/** Lexicon macros (see rules/lexicon.ts). */
export const WORDS: Record<string, string> = {};
