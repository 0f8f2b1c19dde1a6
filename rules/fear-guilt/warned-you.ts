import { defineRule } from '../define-rule';

/** The told-you-so threat: "don't say I didn't warn you". */
export default defineRule({
  match: [
    'do not (come back and say|tell me|say) (that i|that we|i|we) did not (warn|tell) you',
    'do not come (back crying|crying|running) to (me|us)',
    'mark my words',
    'you have been warned',
    'consider (this your|this a|yourself) (fair warning|warned|warning)',
    '(just remember|remember) (i|we) (warned|told) you',
    'do not come back? to (me|us) (when|if|after)',
  ],
  noDefaultGuards: true,
  unless: ['reported'],
  severity: 'strong',
  message: 'A told-you-so threat that frames saying no as a mistake they will own.',
  why: 'Threatening "I warned you" turns advice into intimidation. If a risk is real, explain it and trust them to weigh it.',
  alternatives: [{ rewrite: 'I want to flag one risk I see' }, { question: 'concerns' }],
  examples: {
    flag: [
      'Go with the cheaper tool if you want, but [[don’t say I didn’t warn you]].',
      'When it breaks, [[don’t come crying to me]].',
      '[[Mark my words]], the migration will fail without us.',
      'Prices double in March. [[Consider yourself warned]].',
      '[[Don’t come to me when]] the numbers tank.',
    ],
    pass: [
      'Thanks for the warning about the budget freeze.',
      'I want to flag one risk with the timeline.',
      'You warned us the export was slow, and you were right.',
    ],
  },
});
