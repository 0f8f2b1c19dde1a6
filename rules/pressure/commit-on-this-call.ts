import { defineRule } from '../define-rule';

/** Asking for a yes before the call ends: "can I get a verbal today?" */
export default defineRule({
  match: [
    '(can|could|may) (i|we) (get|have) (a|your) (verbal yes|verbal commitment|go ahead|verbal|yes|commitment|signature|decision|handshake) (before the end of the call|before we hang up|by end of day|on this call|right now|this week|today|now|tonight)',
    '(give|get) (me|us) (a|your) (verbal yes|verbal commitment|verbal|yes|commitment|handshake) (before we hang up|on this call|right now|today|now)',
    'before (we|you) hang up (can|could|will|would) (you|we|i) (say yes|sign|commit|confirm|agree|give)',
    '(i would like|we would like|i would love|we would love|i\'d like|we\'d like|i\'d love|we\'d love|i want|we want|i need|we need) (a|your) (verbal yes|verbal commitment|verbal|commitment|yes|handshake) (before the end of the call|before we hang up|by end of day|on this call|today|now)',
    '(get|have) (the paperwork|the contract|the agreement|the order form|this|it) (signed|done) before (we|you) (get off the call|hang up|leave)',
    '(can|could|may) (i|we) (count on|expect) (a|your) (firm)? (verbal yes|verbal commitment|go ahead|verbal|yes|commitment|signature|decision|answer) (by|before)? %pWhen%',
    '(give|get) (me|us) (a yes or a no|a yes or no|yes or no|an answer|a straight answer|a decision|a firm answer|a final answer) (by|before)? %pWhen%',
    '(can|could) we (get|have) (this|it|the deal|the contract|the paperwork|the agreement|the order form) (done|signed|closed|wrapped up|over the line|finalized|finalised|locked in) %pNow%',
    '(i would like|we would like|i\'d like|we\'d like|i would love|i\'d love|i want|we want) (a|your) (signature|signed contract|decision|answer|sign off|verbal|yes|commitment|go ahead) (by|before)? %pWhen%',
    'tell me (that)? (you are|you\'re|youre) (signing|committing|moving forward|going ahead|buying|on board)',
    '(can|could|will|would) (you|u) (please)? (sign|countersign|sign off on|return|initial) (the|this|our|it)? %pPaperwork%? %pNow%',
  ],
  unless: ['reported', /\b(nda|w-9|w9|timesheet|expense)\b/, /\b(if|when|once) (it|that|this|you|legal|your)\b/],
  severity: 'warning',
  message: 'Asks for a commitment before the buyer has had time to decide.',
  why: 'A yes pulled out on the call often turns into a no later. Asking what would help them decide gives you a yes that holds.',
  alternatives: [{ rewrite: 'could you let me know what you still need to decide' }, { question: 'clarity' }],
  examples: {
    flag: [
      '[[Can I get a verbal yes today]]?',
      'Call plan: [[get us a commitment on this call]].',
      '[[Before we hang up, can you sign]] the order form?',
      '[[I would like a commitment by end of day]] if possible.',
      '[[Can I count on your signature by tomorrow]]?',
      '[[Give me a yes or a no right now]].',
      '[[Can you countersign the order form today]] so we can schedule kickoff?',
      '[[Can we get this done today]]?',
      '[[I’d like your signature before we end this call]].',
      '[[Tell me you’re signing]] this week.',
    ],
    pass: [
      'Can I get a copy of your current workflow?',
      'Before we hang up, can you tell me who else should be involved?',
      'Could we get a decision on the pilot scope from your team next month?',
      'Could you sign the NDA today so we can share the roadmap?',
      'Can you return the order form today if legal is done with it?',
      'Tell me what you are weighing this week.', 'Tell me you are in Boston next week, we should grab coffee!',
      'I would like your feedback on the pilot before Friday.',
    ],
  },
});
