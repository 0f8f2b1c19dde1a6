import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '(calm|settle) down',
    '(there is no need to|no need to|no reason to|do not) (get|be|act) so? (so worked up|worked up|upset|defensive|emotional|excited|dramatic|hysterical|angry)',
    '[(chill out|relax|chill)] (it is|that is|there is|it\'s|you|nothing|everything|this|we|i)',
    '(no need to|do not) (freak out|panic)',
  ],
  noDefaultGuards: true,
  unless: [/\b(help|helps|helped|to) (calm|settle)\b|\b(calm|settle) down (your|our|the|their) (board|market|team|nerves|process|noise)\b/],
  severity: 'warning',
  message: "Tells the buyer to calm down, which dismisses how they feel.",
  why: "Telling someone to calm down says their reaction is the problem. Name what they are worried about and deal with it; that is what actually calms things.",
  alternatives: [{ rewrite: 'I hear that this is frustrating' }, { question: 'concerns' }],
  examples: {
    flag: [
      '[[Calm down]], the data is safe.',
      "[[There's no need to get defensive]] about the old setup.",
      "[[Relax]], it's a two-minute fix.",
      "[[Don't panic]] about the invoice.",
    ],
    pass: [
      'I hear that this is frustrating, and I will fix the invoice today.',
      'The new alerts help calm the noise for on-call staff.',
      'Relaxation packages are on the second page of the brochure.',
    ],
  },
});
