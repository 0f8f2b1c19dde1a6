import { defineRule } from '../define-rule';

/** Closing as if the yes were already given: "when should I send the contract for your signature?" */
export default defineRule({
  match: [
    '(when|where|who) (should|shall|can|do) (i|we) send over? (the|your)? %pPaperwork%',
    '(when|where|who) (should|shall|can|do) (i|we) send (it|this|them) over? to? (for|so you can) your? (signature|sign|signing)',
    '(shall|should) (i|we) (go ahead and)? (send over|send|draw up|prepare|start|get) (the|your) %pPaperwork% (started|over|going|ready|drawn up)? (for your signature|for signature|so you can sign)?',
    '(i|we) (will|have|have already|already) (go ahead and|gone ahead and)? (drawn up|drew up|prepared|draw up|prepare|send|sent) (the|your) %pPaperwork% (for your signature|for signature|so you can sign)',
    '(which|what) (card|credit card|payment method|billing address|po number|purchase order number) (should|shall|can) (i|we) (put|use|charge|bill|send)',
    '(i|we) (will|have) (go ahead and|gone ahead and)? (put you down|sign you up|signed you up|pencil you in) for .{0,2} (seats|licenses|licences|users|annual|the annual plan|the enterprise plan|the premium plan|the plan|the package|the bundle|the contract|years)',
    '(when|what day) (should|shall|can) (i|we) (schedule|book|start) (your|the) (onboarding|kickoff|kick off|implementation) (for)?',
  ],
  unless: [
    'reported',
    // The buyer already said yes or asked for it: not an assumption.
    /\b(you|they|she|he) (asked|requested|agreed|confirmed|said yes|signed off|gave the go ahead|are ready|were ready)\b/,
    /\bas (requested|discussed|agreed)\b/,
  ],
  severity: 'warning',
  message: 'Assumes the buyer has said yes and skips straight to the paperwork.',
  why: 'An assumptive close decides for the buyer and makes them push back to say no. Ask where they are in their decision instead.',
  alternatives: [{ rewrite: 'is there anything you still need before deciding' }, { question: 'clarity' }],
  examples: {
    flag: [
      'Great call! [[When should I send over the contract]] for your signature?',
      '[[Where should we send the order form]] so you can sign?',
      '[[Shall I go ahead and draw up the paperwork]]?',
      '[[Which card should I put]] the first year on?',
      '[[I will go ahead and put you down for 40 seats]].',
    ],
    pass: [
      'Attached is the order form we discussed.',
      'As you asked, when should I send the contract so legal can review it?',
      'Once you have decided, I can send the paperwork.',
      'Who should I send the security questionnaire to?',
      "I'll put you down for the 2pm demo slot.",
    ],
  },
});
