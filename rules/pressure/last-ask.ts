import { defineRule } from '../define-rule';

/** "I'm not going to ask again": the last word used as a threat. */
export default defineRule({
  match: [
    '(i|we) (am|are) not going to ask you? (a third time|again|twice)',
    '(i|we) will not (be asking|ask) you? (a third time|again|twice)',
    '(this will be|this is|that is) the last time (i|we) (am|are|will)? (going to)? (ask|asking|offer|offering) (you|this)?',
    '(i|we) (am not going to|are not going to|will not) (offer|extend) (it|this) (again|twice)',
    '(do not|will not) make (me|us) (chase|remind|ask|follow up with|hound|nag|keep asking|keep chasing) you',
    '[(i will|i am going to|we will) (assume|take it) that? you are not interested] (so|and) (close|closing|remove|release|give)',
  ],
  severity: 'strong',
  message: 'Makes this the last ask, so the buyer is pushed to answer now.',
  why: 'A last ask is a threat to walk away. It tells the buyer your patience matters more than their decision.',
  alternatives: [{ rewrite: 'I am happy to pick this up again whenever suits you' }, { question: 'concerns' }],
  examples: {
    flag: [
      'I hope you [[won’t make me chase you]] on this.',
      "[[I'll assume you're not interested]] and close out your account.",
      'About the renewal: [[I’m not going to ask again]].',
      '[[We will not ask you again]], so please decide.',
      '[[This is the last time I am offering this]] price.',
      '[[Don’t make me chase you]] for this signature again.',
    ],
    pass: [
      "If I don't hear back, I'll assume the timing isn't right and stop emailing.",
      'Last time we spoke you asked about SSO.',
      "I'm not going to ask you to decide today.",
      'We will ask your IT team again about the SSO settings.',
      'Please do not hesitate to remind me if I forget the export file.',
    ],
  },
});
