import { defineRule } from '../define-rule';

/** Asking for a yes before the call ends: "can I get a verbal today?" */
export default defineRule({
  match: [
    '(give|get) (me|us) (your|a|an)? (straight|firm|final|verbal)? (yes or a no|yes or no|answer|decision|yes|commitment|handshake|verbal commitment|verbal) %dueBy%? %pWhen%',
    'before (we|you) hang up (can|could|will|would) (you|we|i) (say yes|sign|commit|confirm|agree|give)',
    '(can|could) we (get|have) %pSigned% (%pDone%) %pNow%',
    '(tell me|confirm) that? (you are|youre) in$',
    '(tell me|confirm) that? (you are|youre) (signing|committing|moving forward|going ahead|buying|on board)',
  ],
  unless: ['reported', /\b(nda|w-9|w9|timesheet|expense)\b/, /\b(if|when|once) (it|that|this|you|legal|your)\b/],
  severity: 'warning',
  message: 'Asks for a commitment before the buyer has had time to decide.',
  why: 'A yes pulled out on the call often turns into a no later. Asking what would help them decide gives you a yes that holds.',
  alternatives: [{ rewrite: 'could you let me know what you still need to decide' }, { question: 'clarity' }],
  examples: {
    flag: [
      'So, can you [[confirm you are in]]?',
      'Call plan: [[get us a commitment on this call]].',
      '[[Before we hang up, can you sign]] the order form?',
      '[[Give me a yes or a no right now]].',
      '[[Can we get this done today]]?',
      '[[Tell me you’re signing]] this week.',
    ],
    pass: [
      'Tell me you are in Boston next week, we should grab coffee!', 'I would like your feedback before I log off tonight, if you have a minute.',
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
