import { defineRule } from '../define-rule';

/** Shop-page counters ("3 Left!", "2 items left") and the same claim in a sales email. */
export default defineRule({
  match: [
    '^[a? %stockNum% (of|more)? %stockNoun%? left]',
    '/^[0-9][0-9,.]*$/ %stockNoun%? %stLeft% in (stock|inventory)',
    '/^[0-9][0-9,.]*$/ %stockNoun% left',
    'in stock /^[0-9]+$/ (left|items|units|pieces)',
    '(we|there|currently) (have|are|is)? [a? %stockNum% (of|more)? %stockNoun%? left]',
    // "we've got two onboarding slots left": the tokenizer reads "we have got".
    '(i|we) (have got|got) [a? %stockNum% (of|more)? %stockAdj%? %stockNoun%? left]',
    '(very|so)? few %stockAdj%? %stockNoun%? (%stLeft%|remain|remains)',
    '(hurry|hurry up|quick|warning|stock|availability|inventory|gone|fast|soon|now) [a? %stockNum% (of|more)? %stockNoun%? left]',
    '(qty|quantity|units|items|stock|inventory) %stLeft% /^[0-9][0-9,]*$/',
    'remaining (stock|inventory|quantity|units|items) /^[0-9][0-9,]*$/',
    '^[live? remaining stock]',
    '^[low stock /^[0-9]+$/ remaining]',
    '(availability|stock) [/^[0-9]+$/ %stockNoun%? %stLeft%]',
    // A hedged or qualified count: "maybe two seats left", "a couple of kickoff dates left".
    'a? %stockNum% (of|more)? .{0,2} %stockCounted% (is|are)? still? %stLeft%',
  ],
  unless: ['reported', /\b[0-9]+ left (turns?|side|column|hand|lane|corner|of|to go|in the (call|meeting|quarter|year|month|week|day|queue))\b/, /\bleft (the|our|their|his|her|early|us|me|them|him|a message|a voicemail|a note|a comment|off)\b/, /\b(agenda|to discuss|to cover|questions left|on (the|my|our) list)\b/],
  severity: 'warning',
  message: 'A count of what is left, shown to hurry the decision.',
  why: 'A running count of what is left turns a choice into a race. People decide better with the real facts and a little room than with a number meant to rush them.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: ['We have maybe [[two kickoff dates left]] before the holidays.', 'There is one, maybe [[two migration windows left]] this year.', '[[2 Left]]!', 'Hurry: [[9 left in stock]].', '[[6 seats left]] at this price.', 'We have [[3 spots left]] for the spring rollout.', 'We’ve got [[two kickoff slots left]] in May.', '[[Few design partner spots remain]] for the fall.', 'Grab one before it is gone, [[2 left]].', '[[In Stock (8) Left]]', 'Hurry [[3 left]]', '[[Qty left: 4]]', 'Availability: [[5 items left]]'],
    pass: ['Two of the reps left the company in May.', 'You have three days left on the trial, so let us review the results.', 'With 10 minutes left in the call, we covered pricing.', 'Two left the meeting early, so I will recap.', 'We have 3 items left on the agenda for Thursday.', 'We’ve got two questions left from your security team.', 'Few people remain skeptical after the pilot.', 'In stock'],
  },
});
