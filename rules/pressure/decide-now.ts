import { defineRule } from '../define-rule';
import { SIGN_IN } from '../deadline-guards';

/** The decision demanded on the writer's clock: "you need to sign today", "make a decision now". */
export default defineRule({
  match: [
    // The whole order with its clock is one finding ("you need to sign today"), not an order and
    // a deadline close overlapping on the same words.
    '(you|u) %pIntens%? (need to|needs to|have to|ought to|have got to|got to|must|should) (%pDecide%|move on this|move on it) (%dueBy%|until|within)? %pWhen%',
    '(i|we) (%pWillI%|really|just)? need (you|u) to (%pDecide%|sign off|countersign) (on this|on it)? (%dueBy%|until|within)? %pWhen%',
    'make (a|your|the) decision (before we hang up|on this call|right now|now|today|immediately|tonight)',
    // The writer picks the moment: "I'll send the contract now so you can sign before lunch".
    'so that? (you|u) can (sign|countersign|sign off|commit|decide) (it|this)? %dueBy%? %pWhen%',
  ],
  unless: [
    'buyer-deadline',
    'asking-buyer',
    'reported',
    /\b(if|whether|once|unless|in case|when|whenever) you('ve| have)? (really |just )?(need|needs|have|must|should|ought|got|decide|sign|commit)\b/,
    SIGN_IN,
  ],
  severity: 'strong',
  message: 'Demands a decision now, on your timeline rather than theirs.',
  why: 'Being told to decide today takes away the time a good decision needs. If there is a real date, explain it plainly and let them choose.',
  alternatives: [{ rewrite: 'take the time you need to decide' }, { question: 'concerns' }],
  examples: {
    flag: [ 'Honestly, [[you have to move on this today]].',
      '[[You must confirm the order today]].',
      '[[You need to sign by end of day]] if you want this rate.',
      "[[I'm gonna need you to sign off today]]",
      '[[You have to make the call today]], the pricing committee meets tomorrow.',
      'Call recap: [[I need you to commit this week]] so I can hold the team.',
      'We are ready when you are, but [[make a decision today]] please.',
      'I will send it now [[so you can sign before lunch]].',
    ],
    pass: [
      'You must confirm the SSO settings with IT before launch.',
      "You don't need to decide anything this week.",
      'If you sign today, that works, and next month works just as well.',
      'I need to check with legal today before I send the paperwork.',
      'Do you need to sign before your fiscal year ends on the 30th?',
      'You can sign up today for the free webinar.',
      'I will send the contract so you can sign it whenever suits you.',
      'Here is the order form so you can sign before your board meets Thursday.',
      'Your board meets Friday, so you may want the summary before then.',
    ],
  },
});
