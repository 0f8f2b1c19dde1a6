import { defineRule } from '../define-rule';

/** "The deadline for this pricing is Friday", "the offer deadline", "a hard deadline on this deal". */
export default defineRule({
  match: [
    '(deadline|cutoff|cut off|cut-off) (for|on) (this|the|our|that|these) .{0,2} (%offerWord%|terms)',
    '%dueTime% is the (deadline|cutoff|cut off|last day) (for|on|to claim|to get|to lock in) (this|the|our|that) (special|current|launch|discounted|/^[0-9]+%$/)? %offerNoun%',
    // "We're closing out this promo Friday, after that no exceptions."
    '(closing|close|closes|shutting|wrapping) (out|down|up|the books on)? (this|the|our) (promo|promotion|offer|discount|sale|special|pricing) (on|at|by)? %dueTime%',
    'no (exceptions|extensions) (after|past|beyond) %dueTime%',
    'after (that|this|then) (there are|there will be)? no (exceptions|extensions)',
    '(offer|deal|discount|pricing|promo|promotion|early bird|early-bird) (deadline|cutoff|cut off)',
    '(hard|firm|strict|final) (deadline|cutoff|cut off) (for|on) (this|the|our|you|your|signing|a decision|the decision)',
    '(deadline|cutoff|cut off) (to|for) (sign|signing|decide|deciding|commit|committing|lock in|locking in|claim|claiming|order|ordering|accept|accepting|take advantage)',
    'hard (stop|cutoff|cut off) (for|on) .{0,2} %offerWord%',
  ],
  unless: ['reported', 'buyer-deadline', /\b(your|their|his|her)\b[^.]*\b(deadline|cutoff|cut off|cut-off)\b/, /\b(no|not a|isn't a|there's no|there is no) (hard |firm )?(deadline|cutoff)\b/],
  severity: 'strong',
  message: 'Puts a deadline on the offer to push a fast decision.',
  why: 'A deadline on the offer asks the buyer to decide on the seller\'s schedule. If the date is real, explain why; either way, ask what timing works for them.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: ['[[Deadline for the early-adopter terms]] is this Thursday, 5pm.', 
      "There's a [[hard stop on this discount]] at month end.",'The [[deadline for this pricing]] is Friday.', 'Reminder: the [[early-bird cutoff]] is tonight.', 'There is a [[hard deadline on this]] deal, so I need your answer soon.', '[[Tonight is the cutoff for the 20% discount]].', 'We are [[closing the books on this promo Friday]].', 'Sign by the 30th, [[after that no exceptions]].'],
    pass: ['There\'s no deadline on our side.', 'Your IT team has a hard cutoff for vendor reviews on the 15th.', 'What deadline is your team working toward?', 'We are closing the office on Friday for the holiday.', 'After that, no changes are needed on your side.'],
  },
});
