import { defineRule } from '../define-rule';

/**
 * Silence turned into a deadline: "if we don't hear back by Monday, the price goes back to list".
 * The "don't" belongs to the threat itself, so the default negation guard would silence it;
 * the reassurance guard is kept by name.
 */
export default defineRule({
  match: [
    '[if (i|we) do not (hear back|hear from you|get an answer|get a reply|get a response|get a yes|get your signature|get the signed|have your signature|have a signed|have your answer|see the signed) .{0,3} %dueBy% %dueTime%] .{0,3} %offerWord% (goes back|go back|reverts|revert|goes up|go up|increases|jumps|expires|ends|lapses|returns)',
    '[if (i|we) have not (heard back|heard from you|had an answer|got an answer|received the signed|received your signature) .{0,3} %dueBy% %dueTime%] .{0,3} %offerWord% (goes back|go back|reverts|revert|goes up|go up|increases|jumps|expires|ends|lapses|returns)',
    // The hold withdrawn: "if I don't have the PO by Tuesday, I can't guarantee the discount".
    "[if (i|we) do not (have|get|receive|see|hear back|hear) .{0,4} %dueBy% %dueTime%] .{0,2} (i|we) (can|will|cannot) not? (be able to)? %dueHold%",
  ],
  noDefaultGuards: true,
  unless: ['reassurance', 'reported', 'buyer-deadline'],
  severity: 'strong',
  message: 'Ties the offer to a reply deadline, to hurry the decision.',
  why: 'Making silence cost the buyer money turns their thinking time into a penalty. If the price really changes, say when and why, and let them reply when they are ready.',
  alternatives: [{ rewrite: 'Whenever you have had a chance to look it over' }, { question: 'clarity' }],
  examples: {
    flag: [ '[[If we do not get the signed form by Friday]], we will not be able to hold this rate.',
      '[[If we don\'t hear back by Friday]], the discount reverts to list.',
      '[[If I don\'t get your signature by the 30th]], the rate goes up.',
      'Heads up: [[if we haven\'t heard from you by Monday]] the price goes back to standard.',
    ],
    pass: [ 'If I do not hear back by Friday, I will follow up next week.',
      'If we don\'t hear back by Friday, I\'ll assume the timing is off and check in next quarter.',
      'If I don\'t hear from you by Monday, no worries, the price stays the same.',
      'If you don\'t hear from us by Tuesday, the discount code in your account still works.',
      'If we don\'t get the signed NDA by Friday, the kickoff moves a week, which is fine.',
    ],
  },
});
