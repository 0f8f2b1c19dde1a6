import { defineRule } from '../define-rule';

/** "Before it's too late", "before it's gone", "while you still can". */
export default defineRule({
  match: [
    'before (it is|it\'s|they are|you are|it gets|things get) (too late|gone|all gone|sold out|taken|off the table|over)',
    'before (time|the time|stock|supplies|the offer|the deal|the window|the discount) (run|runs) out',
    'before (the|this)? (window|offer|deal|door|opportunity|discount) (closes|close|shuts|expires|ends|is gone)',
    // "Before this expires, grab the annual plan": the expiry is only pressure when it drives an order.
    '[before %thisThat% (expires|ends|disappears|runs out|goes away)] (grab|lock|sign|get|buy|claim|take|secure|order|book|upgrade|commit|act|jump)',
    '(grab|lock|sign|claim|secure|order|book|upgrade|commit|buy) .{0,4} [before %thisThat% (expires|disappears|runs out|goes away)]',
    'while (you|they|we) still? (can|have the chance|have time)',
    'while (it|this|the offer|the deal|the sale|the discount|the price|the pricing) (last|lasts)',
  ],
  unless: ['reported', 'buyer-deadline', /\bbefore (it is|it's) too late (to|for) (fix|change|adjust|catch|correct|flag|raise)\b/, /\bwhile (you|they|we) (still )?can (reach|still reach|access|see|use|find)\b/],
  severity: 'strong',
  message: 'Warns it will be too late soon, to push a fast decision.',
  why: '"Before it is too late" makes waiting feel dangerous. The buyer should be choosing what is good for them, not escaping a loss the seller invented.',
  alternatives: [{ rewrite: 'when the timing suits you' }, { question: 'concerns' }],
  examples: {
    flag: ['[[Before it\'s too late]], lock in the current rate.', 'Hurry, [[before it is gone]]!', 'Grab the discount [[while you still can]].', 'Free kit [[while it lasts]].', '[[Before this expires]], grab the annual plan.', 'Lock in the founder rate [[before it disappears]].'],
    pass: ['Let me know before it is too late to change the rollout plan.', 'Export your data while you can still reach the old system.', 'Your board meets March 3, before the quarter is over.', 'Please renew your certificate before it expires so the SSO keeps working.', 'Before it ends, the webinar covers the export API.'],
  },
});
