import { defineRule } from '../define-rule';

export default defineRule({
  match: ['(offer|deal|discount|pricing|price|promotion|promo|sale) (expires|ends|ending|expiring|goes away|disappears) %soonTime%?'],
  unless: ['buyer-deadline'],
  severity: 'strong',
  message: 'A deadline on the offer pushes them to decide on your clock.',
  why: 'A made-up expiry makes the buyer choose between deciding now and losing out. Real decisions take the time they take.',
  alternatives: [{ rewrite: 'this pricing is available while you decide' }, { question: 'concerns' }],
  examples: {
    flag: ['This [[offer expires today]].', 'Heads up: the [[discount disappears Monday]].'],
    pass: ['This is not a limited-time offer.', 'Your renewal date is June 30, per the current agreement.'],
  },
});
