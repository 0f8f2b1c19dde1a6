import { defineRule } from '../define-rule';

/** "I can't promise there'll be any left next week": scarcity phrased as a caveat. */
export default defineRule({
  match: [
    '(can not|cannot|will not be able to|am unable to|are unable to) (promise|guarantee) that? (there will|it will|they will|these will|we will) still? (be|have) (any|one|some|a|the)? .{0,2} (%stLeft%|available|open|around|slot|seat|spot)',
    '[(can not|cannot|will not be able to) (promise|guarantee|hold) (availability|the slot|the seat|the spot|a slot|a seat|a spot|the allocation|stock|capacity)] (after|past|beyond|next|later|if you wait|once|for long)',
    '(there will not|will not) be (many|much|any|a lot) (of these|of them)? (%stLeft%|available)',
    '(there will not|will not) be another (one|batch|round|cohort|allocation)? (until|till)',
  ],
  // The pattern carries its own "can't": only reassurance and reported speech turn it off.
  noDefaultGuards: true,
  unless: ['reassurance', 'reported', /\b(bug|issue|fix|feature|integration|uptime|roadmap|date|timeline)s? will\b/],
  severity: 'warning',
  message: 'Hints that nothing may be left later, to hurry the decision.',
  why: 'A caveat that stock may vanish is still a clock on the decision. Share what is actually known about availability and let them choose the timing.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: [
      'I [[cannot guarantee we will still have the slot]] next month.',
      "Once these ship, [[there will not be another batch until]] autumn.",
      "[[There won't be many left]] after the launch.",
      'I [[can\'t promise there\'ll be any left]] next week.',
      'We [[cannot guarantee there will still be seats available]] in March.',
      'I [[can\'t hold the slot]] past Friday.',
    ],
    pass: [
      'I can\'t promise the feature will ship in Q2, but it is on the roadmap.',
      'We cannot guarantee uptime above 99.9% on the starter plan.',
      'No pressure: I can\'t promise there\'ll be a discount later, and that is fine either way.',
    ],
  },
});
