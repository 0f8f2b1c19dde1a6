import { defineRule } from '../define-rule';

/** Superlative closers: "the best deal you'll ever get", "you won't find a better price". */
export default defineRule({
  match: [
    '(best|better|lowest|cheapest|biggest|sweetest) (deal|price|offer|pricing|terms|discount|rate) you (are going to|will|would)? ever (be offered|get|see|find|receive)',
    'you (are not going to|will not) ever? (see|get|find) a better (deal|price|offer|rate|discount) (than this|anywhere|ever|elsewhere)',
    '(a deal|an offer|a price|pricing) like this (will not|does not) come (around|along) (again|twice|often)',
    '(best|better|lowest|cheapest|biggest|sweetest) (deal|price|offer|pricing|terms|discount|rate) you are ever (going to|likely to) (be offered|get|see|find|receive)',
    '(it is|this is|that is|it\'s) the best you (will|are going to|are ever going to|will ever) (see|get|find)',
  ],
  noDefaultGuards: true,
  unless: ['reported'],
  severity: 'warning',
  message: 'An unprovable "best deal ever" claim used to hurry the close.',
  why: 'Nobody can know it is the best deal they will ever get, and the buyer knows it. A plain account of the price and what it includes is more persuasive.',
  alternatives: [{ rewrite: 'this is a strong price for what is included' }, { question: 'alternatives' }],
  examples: {
    flag: [
      'This is the [[best price you will ever get]] on the platform.',
      'Trust me, [[you won’t find a better deal anywhere]].',
      'Honestly, [[a deal like this won’t come around again]].',
      'Take it now; [[it’s the best you’ll see]].',
    ],
    pass: [
      'This is the best fit we have seen for a team your size.',
      'You may find a cheaper tool; here is what ours includes.',
      'The best time to reach me is Tuesday morning.',
    ],
  },
});
