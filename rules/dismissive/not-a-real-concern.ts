import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '[(not|never|hardly) (a|an)? (real|legitimate|valid|genuine|actual) %disConcern%]',
    '[(your|that|this|the|those|these) (concern|concerns|worry|worries|objection|objections|fear|fears|question|point|issue|complaint) (is|are|was|were|seems|seem|sounds|sound) (just|really|honestly|totally|completely|a bit|kind of|pretty|frankly|quite|a little)? %disBelittle%]',
    '[(that|this|it) (is|was|sounds|seems) (just|really|honestly|totally|completely|frankly|such)? (a|an)? (silly|dumb|stupid|ridiculous|naive|irrelevant|pointless|overblown|paranoid|laughable) (concern|worry|objection|question|point|thing|idea|argument|fear)]',
    '[(that|this) (is|was|sounds|seems) (just|really|honestly|totally|completely|frankly|simply)? (silly|ridiculous|absurd|paranoid|laughable|nonsense)]',
    '[(that|this|it) (is|was) (a|such a|just a|really a|totally a|completely a)? (non issue|nonissue|red herring|straw man|strawman)]',
    '[(that|this|it|that concern|that question) (is|was) (beside the point|irrelevant|not relevant|moot)]',
    '[(silly|dumb|stupid|naive|ridiculous) (question|questions|concern|concerns|worry|objection)]',
    '[(nobody|no one|no serious|no real) (worries|cares|worry|care) about (that|this|it)]',
  ],
  noDefaultGuards: true,
  unless: [
    'reassurance',
    /\b(no such thing as a|there's no|there are no|there is no) (silly|dumb|stupid|bad)\b/,
    /\b(fair|good|great|real|valid|legitimate|reasonable) (question|concern|point)\b[^.!?]*\b(not|no) /,
    /\bwhether (it|this|that) is a (real|genuine|serious)\b/,
  ],
  severity: 'warning',
  message: "Waves away the buyer's concern instead of asking about it.",
  why: "A concern is the buyer telling you what matters to them. Calling it unreal tells them they are not heard; asking about it shows you care whether this works for them.",
  alternatives: [{ rewrite: 'that is worth looking at together' }, { question: 'concerns' }],
  examples: {
    flag: [
      "That's [[not a real concern]] for teams your size.",
      'Obviously that is [[not a real problem]].',
      'Honestly, [[your worry is overblown]].',
      "[[That's a non-issue]] once you're on the Pro plan.",
      'That is a [[silly question]], the answer is yes.',
    ],
    pass: [
      "There's no such thing as a silly question on these calls.",
      'Is the data migration a real concern for your team? Happy to dig in.',
      'Your concern about downtime is fair, so here is our uptime history.',
      'The export limit was a real problem for them last year.',
    ],
  },
});
