import { defineRule } from '../define-rule';

/** Refusing the buyer a "no": "I won't take no for an answer", "no isn't an option". */
export default defineRule({
  match: [
    '(i|we) (am not going to|are not going to|will not) take no for an answer',
    'not taking no for an answer',
    'no (will not be|is not) an (option|answer)',
    'saying no (will not be|is not) an option',
    '(you have got|you have|you got|leaves you|leaving you|you are left with) no (other|real)? (choice|option|alternative) (but|than|except) to? (sign|upgrade|buy|switch|move|go ahead|commit|act|say yes|accept|renew|take)',
    '(no|saying no|a no|turning this down|walking away) (is not|will not be|is never) (really|actually|honestly|simply|even) (an|a real) (option|answer|possibility)',
    '(i|we) (am not going to|are not going to|will not|do not|am not|are not) (accept|take|accepting|taking) (a|any)? no (for an answer|as an answer|on this|here|today|this time)',
    '[(i|we) (am|are) not (leaving|hanging up|getting off|walking out of) .{0,3} without (a|your|the) (signature|yes|commitment|decision|deal|signed contract|verbal)]',
    '[(i|we) (am|are) not (hanging up|leaving|letting you go|getting off this call|getting off the call|getting off the phone|going anywhere)] (until|till|unless) (we|you|i) (have|get|sign|agree|shake|say|hear|commit)',
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
      '[[No isn’t really an option]] here.',
      '[[I won’t accept a no on this]].',
      'Honestly, [[you have no choice but to upgrade]].',
      '[[I’m not hanging up]] until we have a deal.',
      '[[I’m not leaving this meeting without a signature]].',
    ],
    pass: [
      "If the answer is no, that's completely fine.",
      'She said they are not taking no for an answer from their own vendors on uptime.',
      "It's fine to say no if the timing is wrong.",
      'No is a perfectly good answer, and I would rather hear it than guess.',
      'I’m not going anywhere until your team is happy with the rollout.',
      'We do not accept no-code connectors on the enterprise plan.',
      'We had no choice but to raise prices for everyone last year.',
    ],
  },
});
