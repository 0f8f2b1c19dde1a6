import { defineRule } from '../define-rule';

/** "Once it's gone, it's gone", "won't be restocked", "won't last long". */
export default defineRule({
  match: [
    '(once|when) (it is|it\'s|they are|these are|this is|that is) gone (it is|it\'s|they are|that is)? (gone|gone for good|it)',
    '(will not|never) be (restocked|back in stock|made again|available again|back)',
    'no (restocks|restock|restocking)',
    '(these|they|it|stock|seats|spots|slots|items|supplies|units|this one|they\'re|these seats) (will not|never) last',
    '^[will not last long?]',
    'gone for good',
    '%stockCounted% (will not|never|are not going to) last long?',
    'remaining .{0,4} will not last',
    '(this|it|these|they|this one|the window|the opening|the slot) (will not|is not going to) (stay|remain) (open|available) (long|for long|much longer)',
    '(once|when) (these|the|our|this|those) %stockAdj%? %stockNoun% (is|are) gone',
    // No more after these: "once this batch is allocated, there won't be any more this year".
    '(once|when) .{1,6} (allocated|taken|claimed|gone|sold|booked|filled) there will not be any more',
  ],
  unless: ['reported', /\b(will not|won't|never|not going to) last (a|an|the|all|through|more than|longer than|until|into|for (a|an|the|more|[0-9]))\b/, /\b(?<!(at|for) (this|that|the|our) )(offer|deal|discount|price|pricing|sale|promo|rate)s? (will not|won't|never) last\b/, /\bhe'?s gone for good\b/, /\b(offer|deal|discount|price|pricing|sale|promo|rate|terms|credit|coupon)s?('s| is| are| will be) gone for good\b/],
  severity: 'warning',
  message: 'Says it will soon be gone for good, to hurry the decision.',
  why: '"Once it is gone, it is gone" is meant to make losing out feel worse than a hasty choice. A good decision is one the buyer would still make tomorrow.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: [ 'The [[remaining seats at this price won\'t last]].',
      '[[Once this round of pilot seats is claimed there won\'t be any more]] until spring.',
'[[ONCE IT\'S GONE, IT\'S GONE]]', 'This colourway [[will not be restocked]].', 'Grab one, [[these won\'t last]].', 'These beta [[invites won\'t last]].', 'The [[spots will not last long]].', 'We rarely have openings, and [[this one won\'t stay open long]].'],
    pass: [
      'Once the seats are allocated, we will send your team their logins.',
 'After Friday the launch discount is gone for good.','The outage is gone for now after the fix.', 'The old pricing page is gone, so use the new link.', 'This is not a one-off; we restock monthly.', 'The batteries in the demo units won\'t last a full day, so bring chargers.'],
  },
});
