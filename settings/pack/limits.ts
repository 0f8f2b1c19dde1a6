/**
 * Size limits. A pack is shared data run on every keystroke in every compose window of a team:
 * bounded so one bad file cannot slow everyone down or fill storage (storage.local's default
 * quota is 10 MB; Chrome's policy values are best kept small).
 */
export const LIMITS = {
  fileBytes: 256 * 1024,
  rules: 200,
  phrasesPerRule: 50,
  patternsPerRule: 20,
  /** All match strings of a pack together. */
  matchStrings: 1000,
  phraseChars: 120,
  patternChars: 300,
  regexTermChars: 100,
  nameChars: 80,
  authorChars: 120,
  versionChars: 40,
  descriptionChars: 1000,
  idChars: 48,
  messageChars: 140,
  whyChars: 800,
  alternatives: 6,
  alternativeChars: 300,
  examplesPerKind: 20,
  exampleChars: 600,
  disabledRules: 500,
  customPhrases: 500,
  sites: 500,
  ignored: 1000,
  ignoredChars: 300,
  /** Time one rule may take on the stress text (ms). Normal rules take well under 5 ms. */
  ruleStressMs: 250,
  /** Time the whole pack may add on a long email (ms). */
  packStressMs: 1000,
} as const;
