import { defineRule } from '../define-rule';

/** "It won't come again", "you won't see this price again", "never this low again". */
export default defineRule({
  match: [
    '(will not|never|may not|might not) come (around|along|back)? again',
    '(will not|never|may not|might not) be (offered|available|repeated|this low|this cheap) again',
    '(will not|never|may not|might not) (see|get|find) (this|that|these|a|such a) (price|pricing|deal|offer|rate|discount|opportunity|prices) again',
    '(not|never) (be|going to be|see it) this (low|cheap|good) again',
    '(opportunity|deal|offer|price|pricing|discount) (like this)? (does not|will not|rarely) (come|come along|come around|last|happen) (often|twice|again|forever|long)?',
    '(price|pricing|discount|offer|rate|deal) (will not|may not|might not) (be here|be around|be available|stick around|last|stay open) (next|after|past|beyond|for long|much longer|forever)',
    '(%thisThat%|these|this offer|this deal|this price|this pricing|this rate|this discount) (will not|is not going to|may not) (be around|be here|be available|be on the table|stick around) (for long|much longer|forever|for much longer)',
  ],
  noDefaultGuards: true,
  unless: ['reassurance', 'reported', /\b(happen|occur) again\b.*\b(sorry|apolog)/, /\b(sorry|apolog)/],
  severity: 'strong',
  message: 'Says the offer will never come again, to push a fast decision.',
  why: '"It will not come again" makes saying "not yet" feel like a permanent loss. Good options tend to stay open; help the buyer find the timing that is right for them.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: [ 'This [[offer won\'t stay open past]] Thursday.','Please decide this week, it [[won\'t come again]].', 'You [[won\'t see this price again]].', 'An [[opportunity like this doesn\'t come often]].', 'Honestly, [[this won\'t be around for long]].'],
    pass: ['Sorry about the delay, it won\'t happen again.', 'We will run the workshop again in May if you miss this one.', 'This price is available whenever you are ready.', 'I won\'t be around for long today, so let\'s talk tomorrow.', 'The beta flag won\'t be around forever, so the export moves to settings.'],
  },
});
