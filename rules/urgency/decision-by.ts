import { defineRule } from '../define-rule';
import { BUYER_PLAN, NDA, WRITER_SIDE } from '../deadline-guards';

/** "We need a decision by end of day", "need an answer by EOD", "need it signed today". */
export default defineRule({
  match: [
    '(i|we) (%pWillI%|really|just|absolutely)? (need|want|require|must have|have to have) (a|an|the|your)? %dueAnswer% (from you|from your team|from your side)? (%dueBy%|no later than|within) %dueTime%',
    '(i|we) (%pWillI%|really|just|absolutely)? (need|want|require|must have|have to have|expect) (your|a|an)? (yes or no|yes or a no|yes|firm answer|final answer|straight answer) (from you)? (%dueBy%|no later than|within) %dueTime%',
    // "Confirm by EOD so I can hold the discount": the writer's hold made into the buyer's deadline.
    '[(confirm|reply|respond|decide|sign|commit|let me know|yes or no) %dueBy% %dueTime% so (i|we) can (hold|keep|lock|save|secure|honor|honour|guarantee)] (the|your|this)? %dueHeldSeat%',
    '(%dueAnswer%|decisions|signatures|signoff) (from you|from your team|from your side)? (%dueBy%|no later than|within) %dueTime%',
    '(need|needs|want|wants|expect|require|requires|must have) (a|an|the|your)? [%dueAnswer% (today|tonight|asap|now|right away|immediately|this week)]',
    '(need|needs|want|wants|require|requires|expect|expecting) (%dueSignedWhat%|the deal) (signed|back|done|closed|approved|finalized|confirmed) %dueBy%? %dueTime%',
    '(need|needs|want|must have|must get|have to have|have to get|expect) (%youTeam%|them) to (sign|decide|commit|confirm|approve|answer|respond|reply) %dueBy%? %dueTime%',
    '(get back to me|get back to us|let me know|let us know) %dueBy% %dueTime% (if|whether) %youTeam% (want|are|is) (in|going ahead|moving forward|signing|keep|keeping|want to keep)',
    '%youTeam% (have got|have|has|got) until %dueTime% before (we|i|the|our|prices|pricing|rates)',
    '%youTeam% (have got|have|has|got) (until|till) %dueTime% .{0,2} to (decide|sign|commit|lock|claim|take advantage|order|buy|confirm|accept|make a decision|get back|take|grab|get|save|secure)',
    '(i|we) %pNeedAdv%? (need|want|require|must have|have to have|expect) (a|an|the|your) signed %pPaperwork% back? (from you)? (%dueBy%|no later than) %dueTime%',
    '(get|have) %dueSignedWhat% signed (%dueBy%|no later than) %dueTime%',
    '(get|have) %dueSignedWhat% signed (today|tonight|this week|asap)',
    '(get back to me|get back to us|hear back|hear from you) %dueBy% (eod|eow|cob|end of day|end of the day|close of business|today|tonight|tomorrow morning)',
    // A clock counted in hours up to the offer's end: "you've got 48 hours before the discount is gone".
    '(you have got|you have|you got|there are) %stockNum% more? (hours|days|hrs|minutes) left? (before|until|till) %theOur% .{0,2} %offerWord%',
    // The deadline and its penalty: "respond by COB or we'll release the slot", "sign by Friday or the price goes up".
    '%dueReply% %dueBy% %dueTime% .{0,2} or (%spSomeone%|we|i|you|it|otherwise|else)',
    '%dueReply% %dueBy% %dueTime% .{0,2} or %theOur% .{0,2} (%offerWord%|slot|spot|seat|slots|spots|seats|terms|quote)',
    '%dueReply% %dueBy% %dueTime% .{0,2} otherwise',
    '(failure|failing) to (respond|reply|sign|confirm|return|decide) .{0,6} (will|shall) (result in|mean|lead to)',
  ],
  unless: ['reported', 'buyer-deadline', 'asking-buyer', BUYER_PLAN, NDA, WRITER_SIDE, /\b(your|their) (board|team|legal|procurement|it team|finance)\b[^.]*\b(need|needs|wants|requires|require)\b/, /\b(no|not) (need|rush)\b/, /^[-•*\s]*(decision|verbal|sign off)s? (by|before|in) [^,!]*$/],
  severity: 'strong',
  message: 'Sets a deadline on the buyer\'s decision.',
  why: 'Asking for a decision by a date you chose puts your timeline above theirs. Ask what they still need to decide well, and what timing works on their side.',
  alternatives: [{ question: 'clarity' }],
  examples: {
    flag: [ '[[Reply by noon tomorrow, otherwise]] I release the slot.', 'Give me a [[yes or no by Friday so I can hold]] the spot.',
      '[[Book by the 20th or you]] pay the standard fee.',
      '[[You have until Monday before we]] reprice the renewal.',
      "[[Failing to confirm by noon will mean]] losing the slot.",'[[Respond by close of play, or we]] will offer the slot to the next team.', '[[Sign by the 30th or the founder rate]] goes away.', '[[You have 72 hours before the discount]] lapses.', '[[You have until Thursday to grab]] the bundle at this rate.', '[[We need a decision by end of day]].', '[[I need an answer by EOD]] to hold the slot.', 'A [[decision by Friday]] would help us plan.', 'We [[need this signed by Friday]].', 'Leadership [[needs you to sign by the 30th]].', '[[You have until noon tomorrow to accept]] these terms.', '[[I need a signed order form by 5pm]] today.', 'Could you get me a [[decision by end of business today]]?', '[[I need a yes or no by tomorrow]].', 'Please [[confirm by EOD so I can hold]] the discount.'],
    pass: ['Our finance team has to sign off on the rebate by Friday before I can send it.', 'Let me know by Friday or Monday, whichever suits.', 'You have 30 days to cancel for a full refund.', 'You have 14 days before the trial ends, and we can extend it.', 'Your board needs a decision by March 3, per your note.', 'No need for a decision by any particular date.', 'I need to send the forecast by Friday, so I will finish the deck tonight.', 'We need a signed NDA by Friday before the technical deep dive.', 'Is a decision by the end of the quarter realistic for your team?', 'Decision by end of Q3 per their CFO.', 'Verbal in March, signature before the fiscal year closes.', '- Decision by end of month'],
  },
});
