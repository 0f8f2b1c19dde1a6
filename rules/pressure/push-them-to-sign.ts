import { defineRule } from '../define-rule';

/** Call-note plans to pressure the buyer: "push them to sign before end of quarter". */
export default defineRule({
  match: [
    '(push|pushing|pressure|pressuring|force|forcing|rush|rushing|hurry|hurrying|lean on|squeeze|strong arm|strongarm|nudge hard) (them|him|her|the? .) (to|into|toward|towards) (sign|commit|decide|buy|purchase|close|say yes|a decision|a signature|a yes|a commitment|a close|a purchase|signing|committing|deciding|closing|buying|purchasing)',
    'push hard? (for|on) (a|the)? (signature|signed contract|close|commitment|yes|decision|verbal)',
    'get (them|him|her|the buyer|the client|the customer) to (sign|commit|decide|say yes) (before|by|on the call)',
    'get (them|him|her|the buyer|the client|the customer) to (sign|commit|decide|say yes) %pWhen%',
    '(do not|don\'t) let (them|him|her|the buyer|the client|the customer) (leave|go|off the phone|off the call|hang up|get off the call) without (signing|a signature|committing|a commitment|a decision|a yes|a verbal)',
    'make (them|him|her) (sign|commit|decide) (before|on the call)',
    'make (them|him|her) (sign|commit|decide) %pNow%',
    'force (a|the) (decision|close|signature|yes)',
  ],
  noDefaultGuards: true,
  unless: [/\b(never|not|don't|do not|no need to|avoid|stop|without) (push|pushing|pressure|pressuring|force|forcing|rush|rushing|hurry)\b/],
  severity: 'warning',
  message: 'Plans to push the buyer into deciding rather than help them decide.',
  why: 'Notes shape the next call. A plan to push them leads to a conversation about your deadline; a plan to learn their concerns leads to a decision that lasts.',
  alternatives: [{ rewrite: 'ask what they still need to decide' }, { question: 'concerns' }],
  examples: {
    flag: [
      'Next step: [[push them to sign before end of quarter]].',
      'Plan: [[pressure the CFO into a decision]] on Thursday.',
      '[[Get them to sign by Friday]], use the discount.',
      "[[Don't let them off the call without a commitment]].",
      'Need to [[push hard for the signature this week]].',
    ],
    pass: [
      'Do not push them to sign before legal has reviewed.',
      'Push the demo to Thursday at their request.',
      'They asked us to get them pricing by Friday.',
      'Push the kickoff to next month so their team can finish the migration.',
    ],
  },
});
