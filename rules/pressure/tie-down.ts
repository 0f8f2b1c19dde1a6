import { defineRule } from '../define-rule';

/** Leading questions that corner the buyer into a yes: "wouldn't you agree?" */
export default defineRule({
  match: [
    'would not you agree',
    'you (have to|would|will|must) agree that? %thisThat% (is|makes|would)',
    'is not it time (%youTeam%|for you|to)',
    'you (would like|\'d like|want) to (make more money|hit your numbers|save money|save time|grow revenue|grow|succeed|win) (do not you|right|yes)',
    '(what company|what team|what business|who) would not want (to save|to grow|to win|to make|this|that)',
    '(any|every) (smart|sensible|reasonable|rational) (person|buyer|leader|team|company|business) would (say yes|jump at|agree|sign)',
    'you (are going to|will|are) (moving forward|move forward|going ahead|go ahead|committing|commit|signing|sign) .{0,4} (right|yes|correct|yeah)',
    '(assume|take|treat|read|count) (%thisThat%|your silence|silence) (as|means|to mean) .{0,2} (yes|go|consent|approval|agreement|good|okay|ok|in|proceed|green|commitment)',
  ],
  unless: ['reported'],
  severity: 'warning',
  message: 'A leading question that makes disagreeing feel unreasonable.',
  why: 'Tie-down questions collect small yeses the buyer did not mean. An open question gets their real view, which is what you need to help them.',
  alternatives: [{ rewrite: 'how does this look from your side' }, { question: 'fit' }],
  examples: {
    flag: [
      'I will [[read your silence as approval]] and keep going.', 'Great, so can I [[take that as a yes]]?', 'No reply, so I will [[take your silence as a yes]].',
      'This pays for itself in a quarter, [[wouldn’t you agree]]?',
      '[[Isn’t it time you]] stopped losing hours to spreadsheets?',
      '[[You want to save money, right]]?',
      'Honestly, [[who wouldn’t want this]]?',
      '[[You’re going to sign this week, right]]?',
    ],
    pass: [
      'Silence on the thread is fine, take your time.', 'Can I take that as a no for now? Totally fine.',
      'Would you agree to a short call with our security lead?',
      'Where do you disagree with the ROI model?',
      'It is time to plan the rollout with your team.',
    ],
  },
});
