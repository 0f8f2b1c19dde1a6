/** Every user-visible string of the in-page coach (badge, panel, card, announcements). */
import type { Category, QuestionId, Severity } from '../analyzers/types';
import { CATEGORY_LABEL, PAGE_STRINGS, plural } from './strings-page';

export { CATEGORY_LABEL };


export const SEVERITY_LABEL: Record<Severity, string> = {
  strong: 'Strong',
  warning: 'Worth a look',
  hint: 'Hint',
};

export const QUESTION_SHORT: Record<QuestionId, string> = {
  outcome: 'Their outcome',
  concerns: 'Their concerns',
  fit: 'Fit with their workflow',
  alternatives: 'Their alternatives',
  clarity: 'Anything unclear',
};


export const S = {
  ...PAGE_STRINGS,
  product: 'Care Coach',
  // Badge
  badgeLabel: (findings: number, score: number | null) =>
    score === null
      ? `${S.product}: reading your draft. Open the coach panel`
      : `${S.product}: ${plural(findings, 'finding', 'findings')}, care score ${score} of 100. Open the coach panel`,
  badgeFindings: (n: number) => plural(n, 'finding', 'findings'),
  badgeScoreShort: (score: number) => `Care ${score}`,
  badgeScoreTitle: 'Care score',
  badgeNoFindings: 'Looks kind',
  shortcutHint: 'Alt+Shift+C',

  // Panel
  panelTitle: 'Care Coach',
  panelRegion: 'Care Coach for this draft',
  close: 'Close',
  closePanel: 'Close the coach panel',
  scoreHeading: 'Care score',
  scoreOutOf: (v: number) => `${v} of 100`,
  scoreParts: 'What makes up the score',
  scoreVerdict: (v: number) =>
    v >= 80 ? `${v} of 100 · reads as caring` : v >= 55 ? `${v} of 100 · a little pushy in places` : `${v} of 100 · reads as pushy`,
  partPoints: (points: number, max: number) => `${points} of ${max}`,
  findingsHeading: (n: number) => (n === 0 ? 'No pressure language' : `Findings (${n})`),
  findingsEmpty: 'Nothing here puts pressure on the reader. Nice.',
  findingInSubject: 'In the subject',
  findingLabel: (category: string, severity: string, text: string, message: string, inSubject: boolean) =>
    `${category}, ${severity.toLowerCase()}${inSubject ? ', in the subject' : ''}: “${text}”. ${message}`,
  metricsHeading: 'Listening',
  metricWords: 'Words',
  metricQuestions: 'Questions asked',
  metricOpenQuestions: 'Open questions',
  metricYouShare: 'About the reader',
  metricYouShareValue: (share: number) => `${Math.round(share * 100)}%`,
  /** Call notes: you/they against I/we (notes speak of the buyer in the third person). */
  metricBuyerShare: 'About the buyer',
  metricReading: 'Reading grade',
  metricFeatureList: 'Lists features without asking anything',
  questionsHeading: 'Questions that show you care',
  questionsEmpty: 'You already ask the questions that fit this draft.',
  questionsCovered: (n: number) => `${plural(n, 'question', 'questions')} of the five already asked`,
  questionCue: (cue: string) => `Why here: ${cue}`,
  questionInsert: 'Insert',
  questionInsertLabel: (label: string) => `Insert the question about ${label.toLowerCase()} where it fits`,
  questionAtCursor: 'At cursor',
  questionAtCursorLabel: (label: string) => `Insert the question about ${label.toLowerCase()} at the cursor`,
  keyboardHelp: 'Alt+Shift+C opens this panel and steps through findings. Esc returns to your draft.',

  // Card
  cardRegion: (category: string) => `${category} finding`,
  whyHeading: 'Why it matters',
  alternativesHeading: 'Kinder ways to say it',
  apply: 'Apply',
  applyLabel: (text: string) => `Replace with: ${text}`,
  addQuestion: 'Add question',
  addQuestionLabel: (text: string) => `Add this question after the sentence: ${text}`,
  ignore: 'Ignore',
  ignoreLabel: 'Ignore this finding once',
  disableRule: 'Turn off this rule',
  disableRuleLabel: 'Turn off this rule everywhere',
  closeCard: 'Close this card',
  noAlternatives: 'Try saying what you would like to happen and asking what they need.',

  // Announcements (screen readers)
} as const;
