import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '[(not|never|hardly) (a|an)? (real|legitimate|valid|genuine|actual|serious) %disConcern%]',
    '[(your|that|this|the|those|these|their|his|her) (concern|concerns|worry|worries|objection|objections|fear|fears|question|point|issue|complaint) (is|are|was|were|seems|seem|sounds|sound) (a bit|kind of|a little|just|really|honestly|totally|completely|pretty|frankly|quite)? %disBelittle%]',
    // With a qualifier in between: "your security concern is overblown", "- SSO objection is bogus",
    // "their concerns about onboarding are overblown".
    '[(concern|concerns|worry|worries|objection|objections|fear|fears|complaint|complaints|pushback) .{0,4} (is|are|was|were|seems|seem|sounds|sound) (a bit|kind of|a little|just|really|honestly|totally|completely|pretty|frankly|quite|way|so|all)? %disBelittle%]',
    // "That concern doesn't really apply to you": ruling the buyer's worry out for them.
    '[(concern|concerns|worry|worries|objection|objections|fear|fears|question|point) (does not|do not|did not) (really|even|actually)? (apply to you|apply to your team|apply to your company|apply to teams like yours|apply here|apply in your case|matter)]',
    '[(that|this|it) (is|was|sounds|seems) (just|really|honestly|totally|completely|frankly|such)? (a|an)? (pretty|really|very|rather|kind of|bit of a)? (silly|dumb|stupid|ridiculous|naive|irrelevant|pointless|overblown|paranoid|laughable|weak|lame|flimsy|bogus) (concern|worry|objection|question|point|thing|idea|argument|fear|ask|request|suggestion|comparison|assumption|claim|take|expectation|excuse)]',
    '[(that|this) (is|was|sounds|seems) (just|really|honestly|totally|completely|frankly|simply)? (silly|ridiculous|absurd|paranoid|laughable|nonsense)]',
    '[(that|this|it) (is|was) (such a|just a|really a|totally a|completely a|a)? (non issue|red herring|straw man|nonissue|strawman)]',
    '[(that concern|that question|that|this|it) (is|was) (completely|totally|entirely|just|frankly|really|honestly|pretty|quite|kind of|largely|simply)? (beside the point|not relevant|irrelevant|moot)]',
    '[(silly|dumb|stupid|naive|ridiculous) (question|questions|concern|concerns|worry|objection)]',
    '[(no one|no serious|no real|nobody) (actually|really|even|else|ever)? (worries|cares|worry|care|cared) about (that|this|it|those|these)]',
    // Recasting a concern as a tactic: "he's just stalling", "they're making excuses".
    '[(they are|they\'re|theyre|he is|he\'s|hes|she is|she\'s|shes) (just|only|probably|clearly|obviously|really|simply)? (stalling|making excuses|posturing|bluffing|playing games|pretending)]',
    '[(none of our other customers|none of our customers|none of our clients|no other customer|no other client|nobody|no one) (else)? (has|have)? (ever)? (had that problem|had this problem|had that issue|had this issue|had any problems|had any issues|had a problem|had an issue|raised that|raised this|complained)]',
    '[(nobody|no one) (else)? (finds|found|thinks|thought|has found|seems to find) (it|this|that) (confusing|hard|difficult|complicated|expensive|slow|an issue|a problem)]',
    '[(you are|you\'re|you were) the only (one|customer|client|person|team|company) (who|that) (has a problem|has an issue|had a problem|had an issue|is worried|was worried|has|have|had|thinks|think|thought|complained|complains|sees|finds|worries|cares)]',
  ],
  noDefaultGuards: true,
  unless: [
    'reassurance',
    /\b(no such thing as a|there's no|there are no|there is no) (silly|dumb|stupid|bad)\b/,
    /\b(fair|good|great|real|valid|legitimate|reasonable) (question|concern|point)\b[^.!?]*\b(not|no) /,
    /\bwhether (it|this|that) is a (real|genuine|serious)\b/,
    // "That's not a silly question at all": the writer welcoming the question.
    /\bnot (a |an |such a )?(silly|dumb|stupid|naive|ridiculous|bad|weak) (question|concern|point|thing to ask)/,
    // "If they're stalling, ask what changed": a possibility to check, not a verdict.
    /\b(if|whether|unless|in case) (they|he|she)('re| are|'s| is) /,
    'reported',
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
      '[[Nobody else has ever complained]] about the export.',
      '[[Nobody else finds it confusing]].',
      "[[You're the only one who thinks]] it's slow.",
      "[[That's a non-issue]] once you're on the Pro plan.",
      '[[That is a silly question]], the answer is yes.',
      "That's [[not a serious concern]] for a team your size.",
      'That [[concern doesn’t really apply to you]].',
      "Honestly, [[that's a pretty weak objection]].",
      'Your security [[worry is overblown]].',
      '- pricing [[objection is bogus]], skip it',
      'Their [[concerns about onboarding are overblown]].',
      "[[That's completely irrelevant]] to the rollout.",
      '[[Nobody actually cares about that]] feature.',
      "- CFO 'worried' about ROI, [[he's just stalling]]",
    ],
    pass: [
      "There's no such thing as a silly question on these calls.",
      'Is the data migration a real concern for your team? Happy to dig in.',
      'Your concern about downtime is fair, so here is our uptime history.',
      'The export limit was a real problem for them last year.',
      'You were the only one who asked about data residency, which helped.',
      "That's not a silly question at all.",
      "If they're stalling, ask what changed on their side.",
      'Your concern about cost is not unfounded, so here is the breakdown.',
      'The SSO question does not apply to the free plan, which has no SSO.',
    ],
  },
});
