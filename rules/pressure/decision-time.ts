import { defineRule } from '../define-rule';

/** Announcing that the time to decide has come: "it's time to sign", "decision time". */
export default defineRule({
  match: [
    '(now is the|it is|now\'s the|it\'s|the) time (for you)? to (put pen to paper|pull the trigger|make a decision|make your decision|make the call|make a call|get this signed|say yes|sign|commit|decide)',
    '^(decision time|time) to (put pen to paper|pull the trigger|make a decision|make your decision|make the call|make a call|get this signed|say yes|sign|commit|decide)',
    '(it is|it\'s|right|so|okay|ok) decision time',
    '(it is|it\'s|now is the|now\'s the) time to stop (thinking|talking|deliberating|waiting|hesitating|dithering|mulling)',
    'the? ball is in your court',
    '(it is|it\'s) (about|high)? time (we|you) (got|get) (it|this) (%pDone%)',
    'the (next|only|last) step is your? (signature|signing|sign off|countersignature)',
    '(it is|it\'s) (about|high)? time (for you to|you) (made a decision|make a decision|made the call|make the call|made your decision|make your decision|pulled the trigger|pull the trigger|moved forward|move forward|signed|sign|decided|decide|committed|commit)',
  ],
  unless: ['reported', 'buyer-deadline', 'asking-buyer', /\bwhen (it is|it's) (the right )?time\b/],
  severity: 'warning',
  message: 'Declares that the time to decide has come, on your say-so.',
  why: 'Only the buyer knows when they are ready. Ask what they still need rather than announcing the moment for them.',
  alternatives: [{ rewrite: "I'm here whenever you're ready to decide" }, { question: 'clarity' }],
  examples: {
    flag: [
      'We have covered everything; [[it is time we got this signed]].',
      'At this stage [[the next step is your signature]].',
      'Both options are on the table; [[it is time to make a call]].',
      'We have covered everything, so [[it’s time to pull the trigger]].',
      '[[Now is the time to make a decision]] on the rollout.',
      'Okay, [[it’s decision time]].',
      '[[It’s time to stop thinking]] and start signing.',
      'I have sent everything over; [[the ball is in your court]].',
      'Honestly, [[it’s time you made a decision]].',
    ],
    pass: [
      'The next step is a technical deep dive with your team.',
      'When it is time to decide, I will be here with answers.',
      'Is it time to make a decision, or do you need more from us?',
      'It is time to plan the pilot kickoff with your team.',
    ],
  },
});
