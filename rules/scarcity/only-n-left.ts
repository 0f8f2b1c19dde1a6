import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '%stLeft% at (this|that|the current|the launch|the old|today\'s) (price|rate|pricing|discount)',
    '%only% (have|has|got)? %stockNum% .{0,3} %stLeft% to (allocate|give out|hand out|award)',
    '%only% a? %stockNum% (of|more)? %stockAdj%? %stockNoun%? (is|are)? still? %stockLeft%',
    '%only% (have|has|got)? a? %stockNum% (of|more)? %stockAdj%? %stockNoun%? in stock',
    '%only% a? %stockNum% (of|more)? %stockAdj%? %stockNoun%? (is|are)? still? up for grabs',
    '%only% (have|has|got) a? %stockNum% (of|more)? %stockAdj%? %stockNoun% %stockLeft%?',
    '%only% (have|has|got) a? %stockNum% (of|more)? %stockLeft%',
    '(there|we) (have|are|is) [%only% a? %stockNum% (of|more)? %stockAdj%? %stockNoun%]',
    // A few free words before the thing counted: "only one dedicated CSM opening left".
    '%only% a? %stockNum% .{1,4} %stockCounted% (is|are)? still? %stockLeft%',
    '%only% a? %stockNum% of (these|those|them) (is|are)? still? %stockLeft%',
    '%only% a? %stockNum% .{1,3} still (%stockLeft%|free)',
    // The thing counted, then where it is from: "only two seats in the June cohort remain".
    '%only% a? %stockNum% %stockNoun% (of|in|for|on|at) .{1,4} %stockLeft%',
    // No "only", but "still" says the rest are gone: "there's one partner slot still open".
    "(there is|there are|we have|we've got|we still have) [(one|two|three|a couple of|a few|a handful of|a single|a) .{0,2} %stockCounted% still (open|available|up for grabs|unclaimed|left)]",
  ],
  unless: ['reported', /\b(on|in) your (plan|account|contract|subscription|workspace)\b/, /\bonly (need|want|use|needs|wants|uses|asked for|bought|ordered)\b/, /\b(tickets?|cases?|bugs?|items?) still open\b/],
  severity: 'warning',
  message: 'Claims only a few are left, to hurry the decision.',
  why: 'A countdown of what is left asks the reader to decide before they are ready. If supply really is tight, say so plainly and leave them room; if it is not, they will find out, and the trust goes with it.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: [
      '[[Only a few seats in the June cohort remain]].','There are only a handful of premium onboarding credits [[left at this price]].', 'We\'ve [[only got three premium support contracts left to allocate]] this year.', 
      'Heads up: we [[only have 3 pilot spots left]] this quarter.',
      '[[Just two seats remain]] in the March cohort.',
      '[[Only a few beta invites are still available]], so let me know.',
      'Hurry! [[Only 4 left]] in this size.',
      'We [[only have 5 left]]!',
      '[[Only a few more left]]!',
      '[[Only 1 item(s) left]] in stock',
      'There are [[only two onboarding slots]] in April.',
      'There is [[only one dedicated success manager opening left]] this year.',
      '[[Only three of the refurbished demo kits are left]] in the warehouse.',
      'There are [[only 2 of these left]].',
      "There's [[one design-partner slot still open]] for spring.",
      'We have [[only a couple of pilot seats still up for grabs]].',
      'We have [[a couple of onboarding seats still available]] in May.',
      'There are [[two pilot licences still up for grabs]].',
    ],
    pass: [
      'Only two seats in the room face the screen, so book the big one.','We have three tasks left to hand out at the kickoff.', 
      'You only need two licenses to start, and you can add more later.',
      'The event has a cap of 200 attendees.',
      'Only 3 of the 12 reps logged calls last week.',
      'Only 3 of the 12 reps left the company this year.',
      'Only two of the open items on the checklist remain, both on our side.',
      'We have limited insight into your process so far.',
      'There is one question still open on the security review.',
      'We have two tickets still open with your IT team.',
    ],
  },
});
