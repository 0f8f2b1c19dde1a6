import { defineRule } from '../define-rule';

// A hint only: "obviously" is often harmless, but aimed at the buyer's view it talks down.
export default defineRule({
  match: [
    '(obviously|it goes without saying|needless to say)',
    'as (%spAll%|anyone) (can see|knows)',
    "(it|it's) (should be|is) obvious",
  ],
  severity: 'hint',
  message: '"Obviously" can make the reader feel they missed something plain.',
  why: 'What is obvious to the seller often is not to the buyer. Dropping "obviously" keeps the point and loses the talking-down.',
  alternatives: [{ rewrite: 'in our experience' }, { question: 'clarity' }],
  examples: {
    flag: [
      '[[Obviously]] the cloud plan is the better fit.',
      "[[As anyone can see]], the ROI is clear.",
      '[[It should be obvious]] that manual entry costs you time.',
    ],
    pass: [
      'In our experience the cloud plan fits teams your size.',
      'The difference was clear once we looked at the numbers together.',
      'It was not obvious from the docs, so I wrote a short guide.',
    ],
  },
});
