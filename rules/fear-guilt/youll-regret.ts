import { defineRule } from '../define-rule';

/** Predicted regret as a threat: "you'll regret it", "you'll be kicking yourself". */
export default defineRule({
  match: [
    'you (will|are going to|would|might|may) (really|definitely|surely|seriously|truly)? regret (it|this|that|not|passing|waiting|saying no|missing|walking away|the day|letting|turning|hesitating|holding|doing|choosing|going)',
    'you (will|are going to) (be|end up) (kicking yourself|sorry|so sorry|kicking yourselves)',
    'you (will|are going to) kick (yourself|yourselves)',
    'you (will|are going to) wish you (had|did|would have|signed|acted|listened|said yes|moved)',
    '(do not|don\'t) (do|make) (something|a decision|a choice|a mistake) you (will|are going to|might) regret',
    '(i|we) (would|\'d) hate (for|to see) you to? (regret|miss|lose|be left|kick yourself|look back)',
    'you (will|are going to) look back and (wish|regret|kick)',
  ],
  unless: ['buyer-deadline', 'reported'],
  severity: 'strong',
  message: 'Warns the buyer they will regret saying no, using fear to push a yes.',
  why: 'Predicting regret is a threat dressed as concern. If you see a real risk, name it plainly and let them weigh it.',
  alternatives: [{ rewrite: 'I think this could help, and I am glad to talk through the trade-offs' }, { question: 'outcome' }],
  examples: {
    flag: [
      'If you pass on this, [[you’ll regret it]].',
      'Trust me, [[you’re going to be kicking yourself]] next quarter.',
      '[[You will wish you had]] started in January.',
      "[[Don't make a decision you'll regret]] by waiting.",
      '[[I’d hate to see you miss]] this one.',
    ],
    pass: [
      "You won't regret taking the time to compare vendors.",
      'We regret the delay on the security questionnaire.',
      'You mentioned you regret rushing your last CRM choice.',
      'I regret that I missed your call yesterday.',
    ],
  },
});
