import { defineRule } from '../define-rule';
import { BUYER_PLAN, NDA, WRITER_SIDE } from '../deadline-guards';

/** "Sign before Friday to keep the discount", "if you sign today", "order by midnight". */
export default defineRule({
  match: [
    'get you in before (then|the books close|quarter end|the deadline|the cutoff|the price change|the increase)',
    '%dueCommit% (it in|in|it|this|now|the contract|the deal|the agreement|the order form|the paperwork|up|today)? (%dueBy%|until) %dueTime%',
    '%dueCommitPhrase% %dueBy% %dueTime%',
    // Any reply tied to a reward for being quick: "respond by Wednesday to keep your spot".
    '%dueBy% %dueTime% .{0,2} to (get|keep|lock in|lock|save|secure|claim|grab|qualify for|honor|honour|hold|guarantee) (%theOur%|these)? .{0,2} (%offerWord%|terms|off)',
    // The reward named first: "to keep the 20% off, I'll need it back by Thursday".
    '[to (keep|hold|honor|honour|lock in|secure|save) (%theOur%|these) .{0,2} (%offerWord%|off|terms)] .{0,8} %dueBy% %dueTime%',
    '(respond|reply|answer|confirm|register|enroll|enrol|book|act) %dueBy%? %dueTime% (to|and) (keep|get|lock|save|secure|hold|claim|qualify|grab|guarantee)',
    '%dueCommit% (in|it in)? (today|tonight|this week|now) (to|and) (keep|get|lock|save|secure|receive|qualify|claim|grab|take advantage|enjoy|unlock|we will|i will|you will)',
    'if %youTeam% can? [%dueCommit% (it|this|the contract|the deal)? (today|tonight|this week|now)]',
    'if %youTeam% can? [%dueCommit% (it|this|the contract|the deal)? %dueBy% %dueTime%]',
    '(push|pressure|get|press|nudge|lean on) (%pThem%|the prospect) to [%dueCommit% (%dueBy%|this week|today) %dueTime%?]',
  ],
  unless: ['reported', 'buyer-deadline', 'asking-buyer', BUYER_PLAN, NDA, WRITER_SIDE, /\b(i|we)('ll| will| can| should| plan to| need to)? (sign|order|buy|purchase|renew|upgrade|approve|finalize) (the|our|my|it|this) /, /\b(you|your team) (don't|do not|won't|will not|never) (have|need) to\b/, /\bto keep (the|this|your) (price|cost|costs|rate|rates) (low|down|competitive|fair|flat|predictable)\b/],
  severity: 'strong',
  message: 'Ties the offer to signing by a date you chose.',
  why: 'Attaching a reward to signing by a near date makes the buyer trade thinking time for a discount. Ask what they need to be confident, and let their timeline set the pace.',
  alternatives: [{ question: 'clarity' }],
  examples: {
    flag: ['Our fiscal year closes Friday, and I want to [[get you in before the books close]].', '[[Sign before Friday]] to keep the discount.', 'If you [[sign today]], I can add onboarding for free.', '[[Order by midnight]] and save 20%.', 'Note: push them to [[sign before end of quarter]].', '[[Commit this week and we will]] waive setup.', '[[Reply by Wednesday to keep]] your spot at this rate.', '[[Reply today to keep]] the free onboarding.', 'You will need to move [[before the 31st to get this rate]].', 'I would need the order form back [[by Monday noon to honor this price]].', '[[To hold the launch pricing]], I need your signature by Friday.', 'Send the PO [[before the 30th to guarantee these terms]].'],
    pass: ['My manager has to approve the discount by Thursday, then I will send it over.', 'Your board meets March 3, so whatever timing works for you.', 'Once it is signed, we can kick off onboarding the following Monday.', 'Can we book a demo this week?', 'You don\'t have to sign anything before Friday.', 'Reply by Friday to get the agenda in time for your board meeting.', 'Send the questionnaire back before Friday to get the security review started.', 'To keep the price low, send the final headcount by Friday.', 'To keep the discount for your second team, just add them whenever you are ready.'],
  },
});
