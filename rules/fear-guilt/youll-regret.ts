import { defineRule } from '../define-rule';

/** Predicted regret as a threat: "you'll regret it", "you'll be kicking yourself". */
export default defineRule({
  match: [
    'you (are going to|will|would|might|may) (really|definitely|surely|seriously|truly)? regret (%thisThat%|saying no|walking away|the day|not|passing|waiting|missing|letting|turning|hesitating|holding|doing|choosing|going)',
    'you (are going to|will) (end up|be) (kicking yourself|so sorry|kicking yourselves|sorry)',
    'you (are going to|will) kick (yourself|yourselves)',
    'you (are going to|will) wish (/^you\'d$/|you) (would have|said yes|would|had|did|signed|acted|listened|moved|started|went|bought)?',
    'do not (do|make) (a decision|a choice|a mistake|something) you (will|are going to|could|might|would) regret',
    '(i will|i would|i\'d|we will|we would|we\'d) %honest%? hate (to see|for) %youTeam% to? (be the one|be the person|blamed|get blamed|take the blame|kick yourself|look back|be left|regret|miss|lose|end up)',
    'you (are going to|will) look back and (wish|regret|kick)',
    '(you will|you are going to|youll|you would) never forgive (yourself|yourselves)',
    '(something|a decision|a choice|a move|a mistake) (you will|you are going to|youll|you would) regret',
    'you (are going to|will|would) regret %thisThat%? (for years|forever|for the rest of)',
    // Apostrophe dropped: "youll regret it" reaches the matcher as one token.
    '(youll|youre going to|youd) (really|definitely|surely|seriously|totally)? (regret|kick yourself|be kicking yourself|be sorry)',
    '(%youTeam%|your company|your people|your customers|your reps) (will|are going to|is going to) (pay|suffer) (for|because of) (this|the|that|your) (indecision|delay|delays|hesitation|waiting|inaction|stalling)',
  ],
  unless: ['buyer-raised', 'reported', /\bhate (for you )?to (see you )?miss (the|our|this|your|today's) (webinar|call|meeting|session|update|email|recording|event|workshop|demo|announcement|release|office hours|training|newsletter)\b/],
  severity: 'strong',
  message: 'Warns the buyer they will regret saying no, using fear to push a yes.',
  why: 'Predicting regret is a threat dressed as concern. If you see a real risk, name it plainly and let them weigh it.',
  alternatives: [{ rewrite: 'I think this could help, and I am glad to talk through the trade-offs' }, { question: 'outcome' }],
  examples: {
    flag: [
      '[[I would hate for you to be the person]] stuck with the old system next year.',
      "[[We'd honestly hate for you to end up]] on the wrong side of an audit.", '[[Your reps will suffer for this delay]], you know that.',
      'If you pass on this, [[you’ll regret it]].',
      'Trust me, [[you’re going to be kicking yourself]] next quarter.',
      '[[You will wish you had]] started in January.',
      "[[Don't make a decision you'll regret]] by waiting.",
      '[[I’d hate to see you miss]] this one.',
      'Mark this email: [[you’re going to wish you’d listened]].',
      '[[You’ll never forgive yourself]] if you miss this.',
      '[[Youll regret]] waiting on this, trust me',
      'Passing on this is [[something you’ll regret]] for years.',
    ],
    pass: [
      'Your team will pay for the add-on only once it is live.',
      "You won't regret taking the time to compare vendors.",
      'We regret the delay on the security questionnaire.',
      'You mentioned you regret rushing your last CRM choice.',
      'I regret that I missed your call yesterday.',
      'I’d hate for you to miss the webinar; here is the recording.',
      'You will never have to forgive a missed backup again.',
    ],
  },
});
