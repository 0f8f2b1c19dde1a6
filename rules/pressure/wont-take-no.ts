import { defineRule } from '../define-rule';

/** Refusing the buyer a "no": "I won't take no for an answer", "no isn't an option". */
export default defineRule({
  match: [
    '(i|we) (am not going to|are not going to|will not) take no for an answer',
    'not taking no for an answer',
    'no (will not be|is not) an (option|answer)',
    'saying no (will not be|is not) an option',
    'you (are not going to|can not|could not|will not) say no',
    'how (can|could) you possibly? say no',
    '(do not|never) even? (think about|consider|bother) saying no',
    '(i|we) (are going to|am going to|will) keep (following up|reaching out|checking in|pinging you|calling|emailing|asking|pushing) until (you|we|it|this|the)',
    'you (can not|could not) (walk away from|turn down|pass on|say no to) (this|it|that|an offer|a deal)',
  ],
  unless: ['reported'],
  severity: 'strong',
  message: 'Refuses to accept a no, so the buyer has no real choice.',
  why: 'A yes only means something if no was allowed. Making room for no is what makes it safe for them to tell you their real concerns.',
  alternatives: [{ rewrite: 'a no is completely fine, and I would love to know what is missing' }, { question: 'concerns' }],
  examples: {
    flag: [
      'We built this around your workflow, and [[I won’t take no for an answer]].',
      'Honestly, [[no is not an option]] for a team your size.',
      'With this ROI, [[how could you say no]]?',
      '[[I will keep calling until you]] give me a date.',
      'Honestly, [[you can’t walk away from this]].',
    ],
    pass: [
      "If the answer is no, that's completely fine.",
      'She said they are not taking no for an answer from their own vendors on uptime.',
      "It's fine to say no if the timing is wrong.",
      'No is a perfectly good answer, and I would rather hear it than guess.',
    ],
  },
});
