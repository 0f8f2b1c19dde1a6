import { defineRule } from '../define-rule';

/** "Enrollment closes Friday", "the pilot window closes soon", "registration closes tonight". */
export default defineRule({
  match: [
    '[(enrollment|enrolment|registration|registrations|sign ups|signups|sign up|applications|early bird|early-bird|the window|this window|the pilot|the cohort|the program|booking|bookings|the offer window|doors) (closes|close|is closing|are closing|closing|shuts|shut|ends|will close|will shut) (on|at|by|in)? %dueTime%]',
    '[(enrollment|enrolment|registration|registrations|sign ups|signups|applications|early bird|the window|this window|the offer window|the pilot|the cohort) (closes|is closing|are closing|closing|ends|will close) (soon|shortly|very soon)]',
  ],
  unless: ['buyer-deadline', /\b(your|their) (enrollment|registration|window|program|pilot)\b/],
  severity: 'strong',
  message: 'Says the window closes soon, to push a fast decision.',
  why: 'A window that closes on the seller\'s date makes the buyer choose on the seller\'s clock. Share real dates with their reasons, and ask what timing works for them.',
  alternatives: [{ rewrite: 'there will be other openings' }, { question: 'concerns' }],
  examples: {
    flag: ['[[Enrollment closes Friday]], so let me know.', 'Heads up, [[the window closes soon]].', 'Early-bird [[registration closes tonight]].'],
    pass: ['Your enrollment window closes in June, per your HR team.', 'The office closes at 5pm on Fridays.', 'Doors open at 9, the keynote starts at 10.'],
  },
});
