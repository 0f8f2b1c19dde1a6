import { defineRule } from '../define-rule';

/** "Last day to save", "Final hours!", "only hours left", "the last day of the promo". */
export default defineRule({
  match: [
    '^[(last|final) (day|days|hours|hour|few hours|weekend|chance)]',
    '(last|final) (day|days|hours|few hours|few days|weekend|week) (to|for) (save|order|buy|get|claim|shop|enjoy|sign up|register|lock in|redeem|sign|grab|take advantage|free shipping|this price|this offer|this deal|these prices|the discount|the offer|the deal|early bird|early bird pricing)',
    '(last|final) (day|days|hours|few hours|few days|weekend|week) (of|for|on) .{0,2} %offerWord%',
    '(today|tomorrow|friday|this) is (your|the)? (last|final) day (to|for|of)',
    '(%only%|mere) (hours|days|minutes) (%stLeft%|to go)',
    '(hours|days) %stLeft% to (save|order|buy|get|claim|shop|enjoy|sign up|register|lock in|redeem|grab)',
  ],
  unless: ['reported', 'buyer-deadline', /\b(my|our|his|her) (last|final) day (in|at|with|before)\b/, /\blast day (in|at) the office\b/],
  severity: 'strong',
  message: 'Says it is the last day or hours, to push a fast decision.',
  why: '"Last day" asks the buyer to decide today instead of deciding well. If a date is real, share it early and plainly, and ask what timing works for them.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: ['[[Last day]]! Free shipping on all kits.', 'It is the [[last day to lock in]] the launch rate.', '[[Today is the last day to]] claim the onboarding credit.', '[[Final hours of our spring pricing]].', 'There are [[only hours left]] on this bundle.'],
    pass: ['Friday is my last day in the office before the holidays.', 'Last week you mentioned onboarding was slow.', 'The last day of your trial is in your account settings.'],
  },
});
