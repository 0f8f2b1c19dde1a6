import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '%spCrowdSize% of? (happy|satisfied|other)? %spCrowdNoun% (can not|cannot) all? be wrong',
    '(%spCrowdNoun%|that many people|the market|the numbers|the crowd|everyone|everybody|they) (can not|cannot) all? be wrong',
  ],
  severity: 'warning',
  message: "Argues from the size of the crowd: 'they can't all be wrong'.",
  why: "A crowd can be right for itself and wrong for this buyer. Invite them to test the fit against their own needs instead of asking them to trust a headcount.",
  alternatives: [{ rewrite: 'others have found it useful, and it may or may not fit you' }, { question: 'fit' }],
  examples: {
    flag: [
      '[[Thousands of teams cannot be wrong]] about this.',
      "Look, [[50,000 customers can't be wrong]].",
      "[[Everyone can't be wrong]] on this one.",
    ],
    pass: [
      'Customers can be wrong about what they need, and so can we.',
      'The numbers can be wrong if the import failed, so let me check.',
      'Thousands of teams use spreadsheets, and that works for many of them.',
    ],
  },
});
