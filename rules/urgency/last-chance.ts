import { defineRule } from '../define-rule';

/** "Last chance", "now or never", "one-time offer", "final opportunity". */
export default defineRule({
  match: [
    '(last|final|only|one) (chance|opportunity|shot)',
    '(now|today) or never',
    // "Final 48 hours to claim the bundle".
    '(last|final) %stockNum% (hours|days|hrs) to',
    '(one time|one-time|one off|one-off|once in a lifetime|once-in-a-lifetime) (offer|deal|discount|price|pricing|opportunity|chance|rate)',
    '^[(last|final) call] (for|to|on)?',
    '(this is|it is|it\'s) (the|your|our)? [(last|final) call]',
    'the? last time (i|we) (can|will|could|are able to|am able to|will be able to) (offer|give|extend|do|honor|hold)',
  ],
  unless: ['reported', /^\s*(last|final) call ([-–—:] )?(?!(for|to|on|at|sale|deals?|offers?|savings|pricing|prices|now|ends?|before|items?|chance)\b)[a-z]+/, /\b(last|final) call (we|i|you|they|with|that|where|when|on (monday|tuesday|wednesday|thursday|friday))\b/, /\b(last|final|only) (chance|opportunity|shot) (i|we) (had|got|get|have) (to )?(talk|speak|meet|chat|catch up|connect)\b/, /\b(the|your|my|our|their) only (chance|opportunity) (to|of) (learn|see|meet|hear)\b/, /\bone (chance|opportunity|shot) (at|to)\b/],
  severity: 'strong',
  message: 'Frames this as the last chance, to push a fast decision.',
  why: '"Last chance" turns a choice into a threat of loss. If there is a real cut-off, say so and why; otherwise let the buyer choose when they are sure.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: [
      'Only the [[final 72 hours to]] lock the founder rate.','This is your [[last chance]] to get the launch pricing.', 'It is [[now or never]] on this one.', 'Your [[one-time offer]]! Enjoy 10% off.', '[[Last call]] for early-bird seats.', 'This is a [[one-off price]] I cannot repeat next week.'],
    pass: ['Final call - Northwind Traders. They want the security review first.', 
      'The final 2 days of the conference are workshops.','Last week you mentioned onboarding was slow.', 'On the last call we had, you raised the export limits.', 'Last call we had, you asked about SSO.', 'Happy to give this another shot whenever you like.', 'Last Call Nail Polish'],
  },
});
