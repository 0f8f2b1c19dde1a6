import { defineRule } from '../define-rule';

/** "17 are already taken", "nearly all of the Q3 slots have been claimed": the rest of the supply is gone. */
export default defineRule({
  match: [
    'of the .{0,2} (remaining|last) .{0,2} %stockCounted% (has|have) been (provisionally|already|tentatively|now)? (reserved|taken|claimed|booked|allocated)',
    '%only% (the|a)? %stockNum% of? .{0,4} %stockCounted% (have not|has not|are not) been? %stockTaken% yet',
    '(most|nearly all|almost all|the majority|half) of (the|our|these|this)? .{0,3} %stockCounted% (have|has|are|were) already? been? (%stockTaken%|snapped up|filled)',
    '%stockNum% (are|is|have been|has been|were) already %stockTaken%',
    '%stockNum% %stockAdj%? %stockCounted% (is|are|has been|have been) already %stockTaken%',
    'and [%stockNum% (are|have been) already? (gone|taken|claimed|spoken for|booked)]',
    '(nearly|almost|practically|virtually) all (%stockTaken%|snapped up|filled)',
    // What is left, counted by what is not yet taken: "one kickoff slot that isn\'t taken yet".
    '%stockNum% %stockAdj%? %stockCounted% (that|which) (is not|are not|has not been|have not been) (taken|booked|claimed|spoken for|reserved)',
    '%only% (a sliver|a fraction|a little|a small part|a bit|a handful) of .{0,3} (capacity|stock|inventory|seats|slots|spots|allocation|licences|licenses) (is|are) still? (%stLeft%|unbooked|unclaimed|unsold|available|open|free)',
    // "our Q4 slots have mostly been taken already".
    '%stockCounted% (has|have|is|are) (mostly|largely|already|pretty much|basically|nearly all|almost all) been? already? (%stockTaken%|snapped up|filled)',
    // "most are already reserved": the rest of a supply named just before.
    '(most|nearly all|almost all|the rest|the others) (are|have been|were) already %stockTaken%',
    // "only so many founder seats and they're nearly claimed".
    '%stockCounted% and [they are (pretty much|basically|practically|nearly|almost|all but|mostly) (claimed|taken|gone|booked|spoken for|sold|sold out|reserved)]',
  ],
  unless: [
    'reported',
    // Confirming the buyer's own booking is service, not scarcity.
    /\b(your|their)\b[^.]*\balready\b/,
    /\bfor (you|your|them|the (call|meeting|demo|workshop|offsite|kickoff))\b/,
  ],
  severity: 'warning',
  message: 'Says most of the supply is already taken, to hurry the decision.',
  why: 'Telling someone the rest is already claimed asks them to race other buyers. Their decision deserves to rest on what they need, at their pace.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: ['Two [[of the three remaining pilot places have been provisionally reserved]].', '[[Only a couple of the partner seats have not been taken yet]].', 'We only opened ten pilot spots and [[they are nearly spoken for]].', 'We opened ten pilot places and [[most are already reserved]].', 'Our May [[slots have mostly been claimed]] already.', 
      'We opened 20 beta places and [[17 are already taken]].',
      '[[Nearly all of the Q3 onboarding slots have been claimed]].',
      'Two pilots per region, and [[one spot is already taken]].',
      'The launch rate was for the first ten teams and [[eight are gone]].',
      'Spaces on the spring track are [[nearly all spoken for]].',
      'I have exactly [[one kickoff slot that isn\'t taken]] yet.',
      '[[Only a sliver of our Q2 capacity is still unbooked]].',
    ],
    pass: ['The remaining seats have been allocated to your contractors, as you asked.', 'Only two of your action items have not been claimed yet, no worries.', 'Your seats are set up, and most are already assigned to users.', 'The seats in your account have mostly been assigned already.', 
      'Your seats are already reserved for the kickoff.',
      'The room is already booked for the call on Thursday.',
      'Two of your reps are already trained on the new flow.',
      'Half of the agenda items are done.',
      'The action items are almost all done on our side.',
    ],
  },
});
