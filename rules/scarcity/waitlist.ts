import { defineRule } from '../define-rule';

/** "There's already a waitlist", "the waiting list is getting long": demand used as a clock. */
export default defineRule({
  match: [
    '(queue|line) of %spCrowdNoun% (waiting|queuing|queueing|queued) for (these|those|the|our|a|this) .{0,2} %stockCounted%',
    'there is (already|now)? a (long|growing|big|huge|real)? (waitlist|waiting list|wait list)',
    '(the|our) (waitlist|waiting list|wait list) (is|has been|keeps) already? (long|growing|huge|full|getting long|pretty long|very long)',
    '(you will|you could|you might|you may) (end up|be) on (the|a) (waitlist|waiting list|wait list)',
  ],
  unless: ['reported', /\b(your|their) (own )?(waitlist|waiting list|wait list|patients|customers|queue)\b/],
  severity: 'warning',
  message: 'Points to a waitlist to hurry the decision.',
  why: 'A waitlist tells the buyer other people will take their place. If timing really matters, say what is true and ask what pace works for them.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: ['There\'s a [[queue of companies waiting for these slots]].', 
      '[[The waitlist is already long]], so grab your seat.',
      'Heads up: [[there is already a waitlist]] for the spring cohort.',
      'Wait much longer and [[you will end up on the waitlist]].',
    ],
    pass: ['There\'s a queue of customers waiting for support on Mondays, so we added staff.', 'There was a queue of questions waiting for us after the demo.', 
      'Your waitlist is long, so the booking module should help.',
      'We can add you to the waitlist for the mobile beta if you like.',
      'There is no waitlist; start whenever you are ready.',
    ],
  },
});
