import { defineRule } from '../define-rule';

/** Asking for a yes before the call ends: "can I get a verbal today?" */
export default defineRule({
  match: [
    '(can|could|may) (i|we) (get|have) (a|your) (verbal|verbal yes|verbal commitment|yes|commitment|signature|decision|go ahead|handshake) (today|now|right now|tonight|on this call|before we hang up|before the end of the call|by end of day|this week)',
    '(give|get) (me|us) (a|your) (verbal|verbal yes|verbal commitment|yes|commitment|handshake) (today|now|right now|on this call|before we hang up)',
    'before (we|you) hang up,? (can|could|will|would) (you|we|i) (sign|commit|confirm|say yes|agree|give)',
    '(i|we) (would like|want|need|\'d like|\'d love|would love) (a|your) (verbal|verbal yes|verbal commitment|commitment|yes|handshake) (today|now|on this call|before we hang up|before the end of the call|by end of day)',
  ],
  unless: ['reported'],
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
    ],
    pass: [
      'Can I get a copy of your current workflow?',
      'Before we hang up, can you tell me who else should be involved?',
      'Could we get a decision on the pilot scope from your team next month?',
    ],
  },
});
