import { defineRule } from '../define-rule';

/** "Enrollment closes Friday", "the pilot window closes soon", "registration closes tonight". */
export default defineRule({
  match: [
    '(this|the|our)? (enrollment|enrolment|registration|registrations|signups|applications|window|booking|bookings) (is|are|will)? (closes|close|closing|shuts|shut|ends) (on|at|by|in)? %dueTime%',
    '(this|the|our)? (enrollment|enrolment|registration|registrations|signups|applications|window|cohort|pilot) (is|are|will)? (closes|close|closing) (soon|shortly)',
    '(the|this)? window (to|for) .{1,4} (closes|close|closing|shuts|ends) (on|at|by|in)? %dueTime%',
    '(the|this)? window (for|to|on) .{1,3} (is|are) (closing|shutting) (fast|quickly|soon|shortly)',
  ],
  unless: ['reported', 'buyer-deadline', /\b(your|their) (enrollment|registration|window|program|pilot)\b/],
  severity: 'strong',
  message: 'Says the window closes soon, to push a fast decision.',
  why: 'A window that closes on the seller\'s date makes the buyer choose on the seller\'s clock. Share real dates with their reasons, and ask what timing works for them.',
  alternatives: [{ rewrite: 'there will be other openings' }, { question: 'concerns' }],
  examples: {
    flag: ['[[Enrollment closes Friday]], so let me know.', 'Heads up, [[the window closes soon]].', 'Heads up: [[registration closes tonight]].', '[[The window to get this price closes at the end of the day]].', '[[The window for this pricing is closing fast]].'],
    pass: [ 'The district\'s procurement window closes on June 15, per their policy.','Your enrollment window closes in June, per your HR team.', 'The office closes at 5pm on Fridays.', 'Doors open at 9, the keynote starts at 10.', 'Your window for the data migration closes on Friday, per your IT team.'],
  },
});
