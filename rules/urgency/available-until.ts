import { defineRule } from '../define-rule';

/** "This pricing is only available until Friday", "only good through month end". */
export default defineRule({
  match: [
    '%only% (available|valid|good|guaranteed|locked|held|on offer|open|running|on the table|live|active|around|here|redeemable|usable) (until|till|til|through|thru|for|by) %dueTime%',
    '(will not|no longer) be (available|valid|offered|on the table|around) (much|long)? (after|past|beyond|from|next|after this|in the new) (%dueTime%|week|month|quarter|year)',
    '(valid|good|available|guaranteed) for (the next)? (24|48|72|12|36) (hours|hrs) only?',
    '%offerWord% .{0,3} (available|valid|good|open|live|guaranteed) for (another|the next) %stockNum% (days|hours|day|hour|weeks|week|hrs)',
    '(available|valid|good|guaranteed|on the table|on offer) only? (until|till|til|through|thru) /^[0-9]+$/? %dueTime%',
    '%only% (available|valid|on offer|on the table) (to|for) (those|anyone|teams|customers|buyers) (who|that) (sign|order|buy|commit|decide|confirm|kick off|start)',
    '%only% (available|valid|on sale|on offer) (today|tonight|this week|this weekend)',
    '(off|%offerWord%) .{0,6} (but|and) %only% (until|till|til|through|thru) %dueTime%',
    // The seller's own hold on the offer, with a near end: "we're only offering this until Thursday".
    // The price held hostage to a date: "pricing is guaranteed only if the PO lands by Friday".
    '%offerWord% (is|are|stays|remains)? only? (guaranteed|valid|good|held|locked|honored|honoured) only? (if|when|provided) .{1,6} %dueBy% %dueTime%',
    '%offerWord% (is|are) (locked|held|fixed|frozen|guaranteed) only? (until|till|through) .{0,3} (closes|ends|close|end)',
    '%only% (offering|running|holding|extending|honoring|honouring|keeping) (%thisThat%|the offer|this offer|these terms|this price|this rate|the discount|the price|the rate|this discount)? open? (until|till|til|through|thru) %dueTime%',
    '%offerWord% .{0,2} (is|are) (conditional|contingent) (on|upon) .{1,8} (%dueBy%|prior) to? /^[0-9]+$/? %dueTime%',
  ],
  unless: ['reported', 'buyer-deadline', /\b(as with|like) (all|every|any)\b/, /\b(recording|replay|slides|deck|link|sandbox|files?|export|report|docs)s? (will be|is|are|stays|remains) (available|live|open)\b/, /\b(i|we|i'm|we're|i am|we are|he|she|they|the team|our team|(support|help desk|office|store|hotline|staff)( team)?|my calendar) (is |are |am |will be |'ll be )?(only )?(available|around|free|in the office|open|online)\b/],
  severity: 'strong',
  message: 'Says the offer is only valid until a near date, to push a fast decision.',
  why: 'A near cut-off date makes the buyer weigh losing the offer instead of weighing the decision. If the date is real, explain it and ask what timeline works for them.',
  alternatives: [{ rewrite: 'available while you decide' }, { question: 'concerns' }],
  examples: {
    flag: [
      'The voucher is [[valid until 30 June]] only.',
      'The [[rate is locked only until the quarter closes]].','The pilot fee waiver is [[only available to teams that kick off]] before the 1st.', 'The preferential [[rate quoted is conditional upon receipt of a signed order form prior to 30 September]].', 'I\'m afraid the offer [[won\'t be available much past the weekend]].', 'Early-renewal [[pricing is only open for another 5 days]].', 'The add-on is 30% [[off for existing customers, but only through Thursday]].', 
      "The credit is [[only redeemable until Sunday]].",'The bundle is [[only around until Sunday]].', 'We are [[only running this until Sunday]].', 'This pricing is [[only available until Friday]].', 'The onboarding credit is [[good through month end]].', 'Seats at this rate are [[only available until midnight]].', 'The [[rate is only guaranteed if we get your signature by Friday]] at noon.', '[[Pricing is valid only if the PO arrives before the 30th]].'],
    pass: [
      'The slides will be available until Friday on the shared drive.','Pricing is conditional on volume, as listed in the sheet.', 'Our proposal is valid until 31 May, like every quote we send.', 'The sandbox stays open for another 5 days after your trial, so nothing is lost.', 'I am in London, but only until Thursday.', 'Pricing is valid for 30 days, but only through our reseller.', 'I am only around until 3pm today, so let us talk tomorrow.', 'We are only running the workshop in Boston this year.', 'I am available until 5pm if you want to talk.', 'Support is available through Friday, then back Monday.', 'Our help desk team is available until 8pm Eastern.', 'The price is guaranteed for the full term, whenever you sign.', 'Your renewal date is June 30, per the current agreement.'],
  },
});
