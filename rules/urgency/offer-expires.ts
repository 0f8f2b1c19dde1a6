import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '(past|after|miss|beyond|from) %dueTime% .? %theOur% (special|current|launch|intro)? %offerWord% %offerGone%',
    '%offerNoun% (is|will|must)? (expires|expire|ends|end|ending|expiring|disappears|disappear|lapses|goes away|go away|runs out|run out) %offerAt%? (%dueTime%|soon)?',
    '%offerNoun% (runs|is running|lasts|is available|stays|is live|stands|holds|remains|stays open|is open) only? (until|till|through|thru) %dueTime%',
    // Any way of saying the offer dies, tied to a near date: "this discount evaporates at the end of the quarter".
    // Hedged: "the discount kind of disappears after Thursday".
    '%theMy% [%offerWord% (kind of|sort of|basically|pretty much|just|really|actually|officially|then|simply) %offerGone% %offerAt%? %dueTime%]',
    // Said of the offer inside a document: "the pricing in it expires on Friday".
    '%offerWord% (in|on|for) .{1,3} (expires|expire|ends|lapses|disappears) %offerAt%? %dueTime%',
    // A deadline that decides what the offer becomes: "by Monday, the price goes back to list"; "by noon and the discount is yours".
    '%dueBy% %dueTime% .{0,2} %theOur% .{0,2} %offerWord% (goes back|reverts|goes up|go up|increases|jumps|is gone|are gone|is off the table)',
    '%dueBy% %dueTime% and (the|this|that) .{0,2} %offerWord% (is|are) (yours|locked|locked in|guaranteed)',
    // "If you can confirm by tomorrow, I can still get you the old rate."
    '(confirm|reply|respond|decide|sign|commit|let me know) %dueBy% %dueTime% (so|and)? (i|we) can still? (get|give|offer|hold|keep|honor|honour|lock in) you (this|the|our|that)? .{0,2} (rate|price|pricing|discount|deal|terms)',
    // "Our promo is wrapping up at the end of the week."
    '%offerNoun% (is|are) (wrapping up|winding down|closing|closing out|finishing) %offerAt%? %dueTime%',
    // "the 20% off ends tonight".
    '(/^[0-9]+%$/|/^[0-9]+$/) percent? off (ends|expires|closes|lapses|disappears|vanishes|stops) %offerAt%? %dueTime%',
    // Notes: "discount gone after Fri".
    '^[%offerWord% is? gone (after|on|by|from|past) %dueTime%]',
    // The seller ending it: "we're pulling this offer on Friday".
    '(pulling|withdrawing|ending|killing|retiring|scrapping) (this|the|our|that) .{0,2} %offerWord% (on|at|by|after)? %dueTime%',
    // "Once the quarter ends, so does this discount."
    '(once|when|after) .{1,3} (ends|closes|finishes) [so does %theOur% .{0,2} %offerWord%]',
    // "the free migration ends with the month".
    '(free|discounted|bonus|complimentary|special|%offerWord%) .{0,2} (ends|expires|closes|lapses) with the (month|week|quarter|weekend|day|year)',
    // "Tomorrow's the last day I can honor this quote."
    '(today|tomorrow|tonight|friday|monday|today\'s|tomorrow\'s|tonight\'s|friday\'s|monday\'s) is? the (last|final) day (i|we) can (honor|honour|hold|offer|keep|extend|give you|guarantee)',
    '^[.{0,2} %offerWord% extended]',
    // "Once Friday passes, the free migration is gone."
    '(once|when|after) %dueTime% (passes|is over|has passed|comes|hits) %theOur%? .{0,2} %offerWord% (is|are|will be) (gone|over|history|off the table)',
    '(once|when|after|past|beyond|from) %dueTime% (passes|is over|has passed|comes|hits)? %theOur%? (free|discounted|bonus|extra|complimentary|special) .{0,2} (is|are|goes) (gone|off the table|over|history|no longer available)',
    'must end (on|at|by)? %dueTime%',
    '^[(ends|expires|ending|expiring) (on|at)? (%dueTime%|soon)]',
    '(off|discount|sale|deal|offer|savings|pricing|price) .{0,3} (before|until|till) (midnight|tonight)',
    '%offerWord% (i|we) (quoted|sent|offered|proposed|gave you|mentioned|discussed) %offerGone% %offerAt%? %dueTime%?',
    '(after|failing) (that|then|which) (the|this|your|our)? .{0,2} %offerWord% %offerWord%? %offerGone%',
    '%offerWord% %offerGone% (after|past) (that|then)',
    '(%offerWord%|terms) %offerGone% %offerAt%? %dueTime%',
    '%offerWord% %offerGone% (if|unless) .{1,6} %dueBy% %dueTime%',
    '%offerWord% .{0,2} (has|have) a shelf life',
    '/^[0-9]+%$/ %offerGone% %offerAt%? %dueTime%',
    '%offerNoun% (is|are) (almost|nearly|all but) over',
    '%offerNoun% (is|stays)? (open|valid|available|good) %only% for .{0,2} (hours|days)',
    '%offerWord% (shrinks|shrink|drops|drop|decreases|falls|goes down) (every|each) (day|week|month)',
    '%offerWord% %offerGone% (on|by|from|after)? /^[0-9][0-9]?$/ %dueTime%',
  ],
  unless: ['reported', 'buyer-deadline', /\boffer letters?\b/, /\b(ends?|expir[a-z]*) (policy|policies|faq|details|date field)\b/, /\b(their|competitor'?s?|the competitor'?s?) (current |existing |own )?(offer|deal|discount|pricing|price|promo|promotion|quote)\b/, /\b(end|ends|ended|ending) up\b/, /\bends? at (\$|[0-9,]+ ?(seats|users|licenses|units|accounts|tb|gb)\b)/, /\b(sales|price|pricing) (cycle|call|team|meeting|review|conversation)\b/],
  severity: 'strong',
  message: 'Puts an expiry on the offer to push the decision onto your clock.',
  why: 'A made-up expiry makes the buyer choose between deciding now and losing out. Real decisions take the time they take; if a date is real, explain it and ask what timing works for them.',
  alternatives: [{ rewrite: 'offer stays open while you decide' }, { question: 'concerns' }],
  examples: {
    flag: [ '[[After Sunday the bundle goes back to full]] price.', 'The fee [[waiver expires Friday]].', 'The intro [[price for the starter plan ends this Saturday]].', 'told him the [[15% goes away Monday]]', 'Heads up, the [[promo is nearly over]].', 'The [[offer is valid only for 3 days]], please decide.',
      'Our spring [[pricing finishes on Sunday]].',
      'The loyalty [[discount is going away this weekend]].',
      'Price [[protection lapses at noon]] on Friday.',
      'The [[quote is void after Friday]].','The sooner you sign, the more you save; the [[rebate shrinks every week]] you wait.', 'The introductory [[rate will be discontinued at month end]].', '- created urgency w/ CTO: [[price lock ends Fri]]', 'This [[pricing has a shelf life]] of about a week.', 'Please confirm by Thursday, [[failing which the proposal will lapse]].', 'The 20% [[discount drops off at the end of this week]].', 'The discounted [[rate will be withdrawn if the order is not received by the 28th]].', '- told him [[quote dies Fri]] COB', 
'If we [[miss Friday, the bonus disappears]].',       "The loyalty [[discount is being withdrawn on Friday]].",
      "The [[pricing we discussed expires on Friday]].",
      "[[After that, the bundle discount lapses]].",
      "Heads up: founder [[pricing dies Thursday]].",
      "The [[promo sunsets on 14 March]].", 'Reminder: the [[discount we offered ends on Friday]].','We are [[pulling the launch discount on Monday]].', 'When the month ends, [[so does this pricing]].', 'The [[free onboarding ends with the quarter]].', '[[Discount gone after Thurs]], remind them.', '[[Friday is the last day we can hold]] this price.', 'The founder [[rate closes out on the 30th]].', '[[Sign by Monday and we can still give you the founder rate]].', 'The [[promotion is winding down at the end of the month]].', 'Heads up: the [[15% off expires at midnight]].', 'The [[promo sort of disappears after Sunday]].', 'The [[rate in this quote expires on Monday]].', 'Reply [[by Thursday and the discount is yours]].', '[[After tonight, the free onboarding is off the table]].', 'The [[offer stands until Tuesday]].', 'Confirm [[by Friday, or the rate goes up]].', 'This [[offer expires today]].', 'Reply by Friday; the [[quote lapses after that]].', 'Heads up: the [[discount disappears Monday]].', 'The [[deal ends at 5pm]], so let me know.', '[[Sale ends soon]]',
      '40% off everything, [[must end Tuesday]]',
      '[[Ends tonight]]: free shipping on all kits.', 'Wait! [[Deal Expires Soon]]!', 'Hurry! This special [[sale ends in]] 2h 42m.', 'This [[discount evaporates at the end of the quarter]].', 'This [[quote self-destructs Friday]] at 5.', '[[After the 15th this deal is gone]].', 'Note: the [[discount lapses EOW]]', 'The special [[terms are off the table after tomorrow]].', '[[Expires tmrw]]!!', 'The early-renewal [[discount closes at midnight]].', 'The promo [[code stops working on Sunday]] night.', '[[Spring Sale Extended]]!', '[[Once Friday passes, the free migration is gone]].'],
    pass: [ 'The contract goes back to legal on Monday.', 'The quote is valid for 90 days.',
      'The workshop finishes on Sunday with a Q&A.',
      'A void line on the invoice means the charge was cancelled.','The quote expires if the scope changes, and we will reissue it.', 
      "The report is due on 30 June.",'We are ending the call on the hour, promise.', 'The offer letter for your new analyst expires on Friday, congrats.', 'If you can confirm by tomorrow, I will book the room.', 'The 15% off applies to every renewal, with no end date.', 'The rate in your contract expires on the renewal date you chose.', 'After tonight, the free webinar recording stays online.', 'This is not a limited-time offer.', 'Deal closes end of Q3 if legal signs off.', 'The sale closes once their CFO approves.', 'Your renewal date is June 30, per the current agreement.', 'The price ends up lower once you add the second team.', 'Our sales cycle ends with a security review.', 'Volume pricing ends at 500 seats, then it is flat.', 'They mentioned the other vendor\'s discount expires Friday.', 'Your quote ends up cheaper with the annual plan.', 'After Friday the office is closed for the holiday.', 'Sale Ends Policy', 'Once Q3 hits, the old API is gone, so plan the upgrade.', 'We extended the pilot until your team is back.', 'The old pricing page closes at midnight for maintenance, sorry for the noise.'],
  },
});
