import { defineRule } from '../define-rule';

/** Call-note plans to pressure the buyer: "push them to sign before end of quarter". */
export default defineRule({
  match: [
    '(lean on|strong arm|nudge hard|push|pushing|pressure|pressuring|force|forcing|rush|rushing|hurry|hurrying|squeeze|strongarm) (the? .|them|him|her) (to|into|toward|towards) (say yes|a decision|a signature|a yes|a commitment|a close|a purchase|sign|commit|decide|buy|purchase|close|signing|committing|deciding|closing|buying|purchasing)',
    'push hard? (for|on) (a|the)? (signed contract|signature|close|commitment|yes|decision|verbal)',
    'get (the? .|them|him|her) to (say yes|sign|commit|decide) (by|before|on)? %pWhen%',
    '(do not|don\'t) let (the buyer|the client|the customer|them|him|her) (get off the call|off the phone|off the call|hang up|leave|go) without (a signature|a commitment|a decision|a yes|a verbal|signing|committing)',
    'make (them|him|her) (sign|commit|decide) %pNow%',
    'force (a|the) (decision|close|signature|yes)',
    'tell (the buyer|the client|the customer|them|him|her) (they|he|she) (needs|need|have|has|must|got) to (make a decision|move forward|sign|commit|decide)',
    '(close|sign|signature|verbal|commitment|yes|deal|contract) .{0,4} no matter what',
    '(close|sign|signature|verbal|commitment|yes|deal|contract) .{0,4} at all costs',
    '(close|sign|signature|verbal|commitment|yes|deal|contract) .{0,4} whatever it takes',
    '(get|secure|lock down|nail down) (the|a) (verbal|signature|commitment|yes|close) .{0,4} no excuses',
  ],
  unless: ['reported', /(\b(never|not|no need to|avoid|stop|without|instead of)|n't) (to )?(push|pushing|pressure|pressuring|force|forcing|rush|rushing|hurry)\b/],
  severity: 'warning',
  message: 'Plans to push the buyer into deciding rather than help them decide.',
  why: 'Notes shape the next call. A plan to push them leads to a conversation about your deadline; a plan to learn their concerns leads to a decision that lasts.',
  alternatives: [{ rewrite: 'ask what they still need to decide' }, { question: 'concerns' }],
  examples: {
    flag: [
      'Next step: [[push them to sign]] before end of quarter.',
      'Plan: [[pressure the CFO into a decision]] on Thursday.',
      '[[Get them to sign by Friday]], use the discount.',
      "[[Don't let them off the call without a commitment]].",
      'Need to [[push hard for the signature]] this week.',
      'Next call: [[tell them they need to sign]] this week.',
      '[[Close this no matter what]] on Thursday.',
      '[[Get the CFO to sign before end of month]].',
    ],
    pass: [
      'Do not push them to sign before legal has reviewed.',
      'Push the demo to Thursday at their request.',
      'They asked us to get them pricing by Friday.',
      'Push the kickoff to next month so their team can finish the migration.',
    ],
  },
});
