import { defineRule } from '../define-rule';

/** Guilt aimed at the buyer's loyalty: "don't you care about your team's success?" */
export default defineRule({
  match: [
    'do not you even? care (about|for|whether|if)',
    'do you (even|not|really) care (about|for|whether|if)',
    'do not you want (what is best|the best|to succeed|to grow|to win|to protect|to save|to help|to keep|your)',
    'if you (really|truly|actually)? cared (about|for) (your|the)',
    'is not your (team\'s|company\'s|business\'s|people\'s|team|company|business|family|customers|people|staff) (well being|success|future|safety|growth|wellbeing) worth',
    'do not your (team|people|customers|employees|staff|users|kids|family) deserve (the best|better|more)',
    'do not you think your (team|people|customers|employees|staff|users) (deserve|deserves) (the best|better|more)',
    'do not (disappoint|fail|let down) your (team|people|customers|employees|company|boss|board|family|staff)',
    'do not let your (team|people|customers|employees|company|boss|board|family|staff) down',
    // After naming who depends on them: "your team is counting on you, don't let them down".
    'do not let (%spAll%|them) down',
    '(you are|you would be|you\'d be|you will be|youre|you are going to be) letting (%spAll%|your whole team|your entire team|the whole team|your team|your people|your customers|your company|your staff|your family|them|the team|us|me) down',
    '(i guess|i suppose|apparently|so) you do not really? care (about|for|whether|if)',
    'i (thought|assumed|figured|believed) you (really|truly|actually)? cared (about|for)',
    'do not (make|let) (them|your team|your people|your customers|your company|your staff|your family|your employees|your users|yourself) (pay|suffer|wait) (for|because|another|any longer)',
  ],
  noDefaultGuards: true,
  unless: ['reported'],
  severity: 'warning',
  message: 'Questions whether the buyer cares, making hesitation feel like neglect.',
  why: 'Suggesting they do not care about their team shames them into a yes. Ask what their team needs and show how you can help.',
  alternatives: [{ rewrite: 'how can I help with' }, { question: 'outcome' }],
  examples: {
    flag: [
      '[[Don’t make your customers wait another]] year for this.','[[You would be letting your entire team down]] if you passed.', 'Your whole team is relying on this, so [[don\'t let them down]].', 
      '[[Don’t you care about]] your team’s success?',
      '[[Do you even care about]] your customers’ data?',
      '[[Don’t you want your]] reps to hit quota?',
      '[[If you really cared about your]] people, you would fix this now.',
      '[[Don’t your customers deserve better]]?',
      '[[Don’t let your team down]] by waiting.',
      '[[You’re letting your team down]] by waiting.',
      '[[I guess you don’t care about]] your team’s workload.',
      '[[I thought you cared about]] your people.',
      '[[Dont let your team pay for]] your hesitation',
    ],
    pass: [
      'I can tell you care about your team.',
      'What does your team care about most in a new tool?',
      'Do you want your reps to see the dashboard, or just managers?',
      'We are letting your team down on support response times, and I am sorry.',
    ],
  },
});
