import type { QuestionId } from './types';

/**
 * The five care-demonstrating questions (shared/questions.md, from the seed "5 Questions to
 * Demonstrate You Care"), worded lightly so they read naturally in an email.
 */
export const QUESTION_TEXT: Record<QuestionId, string> = {
  outcome:
    'Beyond the features we have discussed, what would a truly successful outcome look like for you six months from now?',
  concerns:
    'What are your biggest concerns or roadblocks about this decision right now, and how can I help address them?',
  fit: 'How do you see this fitting into your current workflow, and what would need to change on your side?',
  alternatives:
    'If you did not choose this, what would your alternative be, and what pros and cons do you see compared with this option?',
  clarity:
    'Is anything unclear, or missing, that would help you feel completely confident making the decision that is right for you?',
};

export const QUESTION_LABEL: Record<QuestionId, string> = {
  outcome: 'Successful outcome',
  concerns: 'Concerns and roadblocks',
  fit: 'Fit with their workflow',
  alternatives: 'Their alternatives',
  clarity: 'Anything unclear',
};
