import { defineRule } from '../define-rule';
import { NDA } from '../deadline-guards';

/** The writer's need pressed onto the buyer: "I really need this signed today". */
export default defineRule({
  // The span stops before the date: the date is urgency's finding (urgency/decision-by), and
  // this one is about whose need drives the decision.
  match: [
    // "I'm going to need a yes or no from you today", "I'd love to get your signature before we hang up".
    '[(i|we|i\'d|we\'d|just) (%pWillI%|would)? %pNeedAdv%? (like|love|want|need|expect|have to have|need to have|need to get|am expecting|are expecting) (to get|to have|to lock in)? (your|a|an) (firm|clear|final|definite|straight)? (yes or no|verbal yes|verbal commitment|go ahead|sign off|signature|countersignature|signed contract|answer|decision|yes|commitment|verbal|handshake) (from you|from your side|from your team|back)?] (on this|on it)? %dueBy%? %pWhen%',
    '(i|we) %pNeedAdv%? (have to have|need|expect) %pSigned% (%pDone%)',
    '(i|we) %pNeedAdv%? (am going to need|are going to need|will need|have to have|need|expect|want) (a|your|the) (signed|countersigned|executed)? (copy|%pPaperwork%) (back|returned)',
    '(is|are) to be (returned|signed|countersigned|executed) signed? (%dueBy%|no later than) %pWhen%',
    '[(i|we) %pNeedAdv%? need to (get|close|wrap|finalize) %pSigned% (signed|done|closed|over the line|up)?] %dueBy%? %pWhen%',
    '[(i|we) (really|just)? need to hear back? (from you)?] %dueBy%? %pWhen%',
    // "We really should get this signed before the call ends."
    // "Can you get the contract signed and back to me today?"
    // "Can you sign the order form before the end of our call?"
    '[(can|could|will) you (please|just)? (sign|countersign|commit|sign off|pop your signature on|put your signature on) (%thisThat%|the|on)? %pPaperwork%?] %dueBy% (%pWhen%|the end of our call|our call ends)',
    // "I need you to get the PO through today."
    'need (a|your) (signature|decision|yes|commitment|answer) not (another|more)',
    '(i|we) %pNeedAdv%? (need|want) (a|your) (signature|decision|yes|commitment|answer) (on your end|from your end|on your side|from your side)',
    '(shall|should|can|could) we just? (lock it in|lock this in|sign it|sign this) (%dueBy%|today|tonight|now|this)',
    '(any chance|is there any chance) you (can|could) (sign|countersign|commit|get this signed) %pWhen%',
  ],
  unless: ['reported', 'buyer-deadline', NDA, /\b(they|she|he) just need/],
  severity: 'warning',
  message: 'Presses your own need for a signature or answer onto the buyer.',
  why: 'Your quota is not their reason to decide. Tell them what you can do for them, and ask what they need to feel ready.',
  alternatives: [{ rewrite: 'whenever you are ready, I can get this signed' }, { question: 'concerns' }],
  examples: {
    flag: [
      'At this point [[I need a decision from your side]].',
      'The agreement [[is to be returned signed by Friday]].',
      'Honestly, I [[need a decision, not another]] round of slides.',
      '[[We need the executed order form returned]] by the 30th.',
      "[[Any chance you could sign before lunch]]?",
      '[[I would like your decision]] before I log off tonight.',
      '[[I would like a commitment]] by end of day if possible.',
      '[[I’d like your signature]] before we end this call.',
      'hey, [[just need a yes or no from you]] today, can’t keep holding this',
      "[[We'll need the countersigned order form back]] by tomorrow.",
      "[[Can we lock this in before]] Friday?",
      "[[We need your signature]] on it by Monday.",'[[I am going to need a yes or no from you]] before the end of this call.','[[I would like a clear yes from you]] by Thursday.', '[[I would really need your signature]] by Monday.','[[I am going to need the signed order form back]] tomorrow.', '[[We need to have your answer]] today.', '[[We need a commitment from you]] by Friday.', '[[I would love to get your signature]] today.', '[[Could you countersign the contract]] before the end of our call?',
      'Following up: [[I really need this signed]] today.',
      '[[We really need your signature]] today to keep the slot.',
      'Honestly, [[I just need a yes]] this week.',
      'Pipeline note: [[I need the contract back]] by Friday.',
      '[[I’ll need your answer]] by Friday.',
      '[[I’ll need a firm yes]] before I get off this call.',
      '[[I’m going to need your signature]] before we hang up.',
      '[[I’ll expect your signature]] by tomorrow noon.',
    ],
    pass: [
      'I need a decision from my side first on the discount.',
      'Your signature is only needed on page 4, whenever you get to it.', 'Can you get the NDA signed and back to us before the workshop?', 'Could you send the signed W-9 back to us by Friday for the vendor setup?','Could we get the kickoff agenda agreed today?', 'I would love your feedback before Friday.', 'We need to get the NDA signed before we share the roadmap.', 'We need to have the security review done before the pilot.', 'Could you sign the NDA before our call on Friday?', 'I need you to send your logo today if you want it on the portal.', 
      'I need to check with my manager on the discount.',
      'We need your logo by Friday for the launch deck you asked about.',
      'Your procurement team said they need the agreement signed by the 15th for their fiscal close.',
      'We will need your signature on the NDA before the technical deep dive.',
      'We expect the signed agreement back from your legal team by the 15th, as they mentioned.',
    ],
  },
});
