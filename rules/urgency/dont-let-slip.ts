import { defineRule } from '../define-rule';

/** "Don't let this slip", "don't let this opportunity pass you by", "don't miss the deadline". */
export default defineRule({
  match: [
    '%never% let (%thisThat%|the|this great|such an?) (deal|offer|opportunity|chance|discount|price|pricing|deadline|window|rate|one)? (slip away|slip by|slip past you|slip|pass you by|pass by|pass|get away|go to waste|go|expire|run out|lapse)',
    'do not (miss|lose|forfeit|blow) (the|your|this) (deadline|window|cutoff|cut off|early bird|discount|pricing|offer|deal|rate|savings|chance)',
  ],
  noDefaultGuards: true,
  unless: ['reassurance', 'reported', /\b(do not|don't) let (this|it|that) (slip|go) (through|past) (the )?(cracks|review|qa|testing)\b/, /\b(do not|don't) let (it|this|that) (go|slip) to (your|their) head\b/],
  severity: 'strong',
  message: 'Frames waiting as letting the offer slip away.',
  why: '"Don\'t let this slip" makes not-yet feel like a mistake. Ask what they still need to decide, and trust them to choose the timing.',
  alternatives: [{ rewrite: 'take the time you need with this' }, { question: 'concerns' }],
  examples: {
    flag: ['[[Don\'t let this deadline slip past you]].', '[[Don\'t let this opportunity pass you by]].', 'Please [[don\'t let this offer expire]].'],
    pass: ['Don\'t let this slip through the cracks in QA.', 'Let this sit with the team for a while, no rush.', 'We missed the deadline on our side, sorry about that.'],
  },
});
