import { defineRule } from '../define-rule';

/** "Order in 13:16 to get $200 off", "Checkout within 04:10", "Activate within 0:30:00". */
export default defineRule({
  match: [
    '(order|buy|purchase|checkout|activate|claim|redeem|book|reserve|subscribe|shop) (in|within) (the next)? %timerToken%',
    'complete (your|the)? (purchase|order|checkout) (in|within) (the next)? %timerToken%',
    '(order|buy|purchase|checkout|check out|activate|claim|redeem|reserve) (within the next|in the next|within) /^[0-9]+$/ (hours|hour|hrs|hr|h|minutes|mins|min|m|seconds|secs)',
  ],
  unless: ['reported', /\b(order|buy|purchase|check out) in (bulk|person|store|advance)\b/],
  severity: 'warning',
  message: 'A countdown to order before an offer lapses.',
  why: 'A countdown to the buy button is built to cut the buyer\'s thinking short. A good offer can wait for them to be sure.',
  alternatives: [{ rewrite: 'order whenever you are ready' }, { question: 'concerns' }],
  examples: {
    flag: ['[[Order in 13:16]] to get $200 off your mattress', '[[Checkout within 04:10]] so we do not run out of stock!', '[[Activate within 0:30:00]]', 'HURRY, [[ORDER WITHIN 16h]] 59m 06s TO GET 35% OFF', 'Take 10% off if you [[order within 9:55:44]]'],
    pass: ['Order in bulk and save on shipping.', 'You can order within the admin console.', 'Orders ship within 2 days.'],
  },
});
