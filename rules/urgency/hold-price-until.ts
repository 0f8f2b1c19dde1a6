import { defineRule } from '../define-rule';

/** "I can only hold this price until Friday", "we can't honor the discount past month end". */
export default defineRule({
  match: [
    '(hold|honor|honour|keep|guarantee|offer|extend|give you|lock) (%theOur%|these|current|today\'s)? %dueHeldAdj%? (%dueHeldSeat%|rates|credit|seats) (until|till|through|thru|past|beyond|after|for) %dueTime%',
    '(can|could) only [%dueHold% %dueHeldThis% %dueHeldAdj%? %dueHeldSeat%? (for you|for your team)? (until|till|through|thru) %dueTime%]',
    '(can|could) only [(keep|leave|hold) %dueHeldThis% %dueHeldAdj%? %dueHeldWhat%? (open|available|live|active|on the table) (until|till|through|thru|for) %dueTime%]',
    '%dueCannot% %dueHold% %dueHeldThis% %dueHeldAdj%? %dueHeldSeat%? open? (past|beyond|after|longer than|any longer than) %dueTime%',
    // The cut-off said first: "after Friday I can't hold this price".
    '(after|past|beyond|by) %dueTime% (i|we) %dueCannot% %dueHold% %dueHeldThis%? %dueHeldAdj%? %dueHeldWhat%?',
    '%dueCannot% %dueHold% %dueHeldThis% %dueHeldAdj%? %dueHeldWhat%? (any longer|much longer|anymore|for long|for much longer)',
    '%dueCannot% be (held|kept|guaranteed|honored|honoured|reserved|extended) (beyond|past|after|longer than|any longer) (that|then|this|%dueTime%)?',
    '(i|we) %dueCannot% get (%thisThat%|the discount|the price|the pricing|the deal) (approved|signed off) (again|after|past|beyond|next)',
    '(can|could) only [%dueHold% %dueHeldThis% %dueHeldAdj%? %dueHeldSeat%? open? for (another|the next|a)? %stockNum%? more? (days|hours|day|hour|weeks|week)]',
    '%dueCannot% %dueHold% %dueHeldThis% %dueHeldAdj%? %dueHeldWhat%? (next|after this|past this|beyond this) (week|month|quarter|year)',
    '%dueCannot% (promise|guarantee) %dueHeldThis% %dueHeldAdj%? %dueHeldWhat% will (be here|be around|be available|last|still be|hold)',
    // The hold told as what the writer is doing: "we're only holding these rates for 72 hours".
    'only (holding|keeping|honoring|honouring|guaranteeing|extending) %dueHeldThis% %dueHeldAdj%? %dueHeldSeat% (until|till|through|for) (another|the next|a)? (%stockNum%|%dueTime%) more? (hours|days|hour|day|weeks)?',
    // "…open till Wednesday, not a day longer."
    'not (a|one|another) single? (day|minute|hour|second|week) (longer|more|past that|beyond that|after that)',
    '(after that|failing that|otherwise|or else|if not|beyond that|past that) (i|we) (shall|will|would)? %dueCannot% %dueHold% %dueHeldThis%? %dueHeldAdj%? %dueHeldWhat%',
  ],
  noDefaultGuards: true,
  unless: ['reported', 'reassurance', 'buyer-deadline', /\bwithout (your|the|their)\b/, /\b(as long as|for as long as|however long) (you|it takes)\b/],
  severity: 'strong',
  message: 'Puts a near cut-off on holding the price, to push a fast decision.',
  why: 'Holding a price "only until Friday" hands the buyer a deadline they did not ask for. Offer the time they need, and ask what would help them decide.',
  alternatives: [{ rewrite: 'hold this pricing while you decide' }, { question: 'concerns' }],
  examples: {
    flag: [ 'We [[can\'t keep this quote open any longer than Monday]].','If the paperwork isn\'t back [[by Monday, we can\'t hold this discount]].', 
      'Please reply this week; [[otherwise we cannot hold these launch rates]].','We are [[only holding the launch rate for 72 hours]], then it resets.', "I'm [[only keeping this quote until Friday]].", 'Once the quarter closes, [[I can\'t get this approved again]].', 'The allocation [[cannot be held beyond that]].', 'The seats [[cannot be reserved past Friday]].', 
      "We can only [[keep this rate open for 24 more hours]].",
      "[[Failing that, we will be unable to hold these rates]].", 'You have until Friday, [[not a day longer]].','I can only [[keep this rate for you until Friday]].', 'I can [[hold this price until Friday]], then it goes back up.', 'We can only [[hold the discount until month end]].', 'I [[can\'t hold the rate past Friday]].', '[[After Friday I can\'t hold this price]] anymore.', 'We [[can\'t keep this discount much longer]].', 'We can only [[honor this quote for 5 more days]].', 'I can only [[keep this rate open through the weekend]].', 'I can only [[promise this price until Tuesday]].'],
    pass: [
      'Otherwise we can hold the rates for as long as you need.','I can\'t get this approved again without your CFO\'s sign-off, so let\'s loop her in.', 'If legal can\'t get this approved again before the audit, we\'ll wait.', 'We can hold the current pricing for as long as you need.', 'No rush: I can hold this price until your board meets.', 'We can keep the seats until your team is ready.', 'We can\'t keep the sandbox running much longer without a renewal of the test account.', 'We can only hold the room for 2 hours.'],
  },
});
