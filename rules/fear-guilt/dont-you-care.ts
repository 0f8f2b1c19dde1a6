import { defineRule } from '../define-rule';

/** Guilt aimed at the buyer's loyalty: "don't you care about your team's success?" */
export default defineRule({
  match: [
    '(do not|don\'t) you even? care (about|for|whether|if)',
    'do you (even|not|really) care (about|for|whether|if)',
    '(do not|don\'t) you want (what is best|what\'s best|the best|to succeed|to grow|to win|to protect|to save|to help|to keep|your)',
    'if you (really|truly|actually)? cared (about|for) (your|the)',
    '(is not|isn\'t) your (team\'s|company\'s|business\'s|people\'s|team|company|business|family|customers|people|staff) (well being|success|future|safety|growth|wellbeing) worth',
    '(do not|don\'t) your (team|people|customers|employees|staff|users|kids|family) deserve (the best|better|more)',
    '(do not|don\'t) you think your (team|people|customers|employees|staff|users) (deserves|deserve) (the best|better|more)',
    '(do not|don\'t) (disappoint|fail|let down) your (team|people|customers|employees|staff|boss|board|company)',
    '(do not|don\'t) let your (team|people|customers|company|boss|board|family|staff) down',
  ],
  noDefaultGuards: true,
  unless: ['reported'],
  severity: 'warning',
  message: 'Questions whether the buyer cares, making hesitation feel like neglect.',
  why: 'Suggesting they do not care about their team shames them into a yes. Ask what their team needs and show how you can help.',
  alternatives: [{ rewrite: 'how can I help with' }, { question: 'outcome' }],
  examples: {
    flag: [
      '[[Don’t you care about]] your team’s success?',
      '[[Do you even care about]] your customers’ data?',
      '[[Don’t you want your]] reps to hit quota?',
      '[[If you really cared about your]] people, you would fix this now.',
      '[[Don’t your customers deserve better]]?',
      '[[Don’t let your team down]] by waiting.',
    ],
    pass: [
      'I can tell you care about your team.',
      'What does your team care about most in a new tool?',
      'Do you want your reps to see the dashboard, or just managers?',
    ],
  },
});
