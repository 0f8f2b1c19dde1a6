import { defineRule } from '../define-rule';

/** Talking the buyer out of thinking: "don't overthink it", "just say yes". */
export default defineRule({
  match: [
    '(no need to|do not|stop|quit) (over think|over thinking|over analyze|second guess|second guessing|overthink|overthinking|overanalyze|overanalyzing) (this|it|things)?',
    'there is nothing left? to think (about|over)',
    'there is %pIntens%? nothing (left|more|else) to (decide|think about|consider|weigh|mull over|debate|figure out)',
    'there is %pIntens%? nothing (left|more|else) to (discuss|talk about) (so|let us|just|sign)',
    '(you do not|no) need to (run the numbers again|think it over|think about it|sleep on it|mull it over)',
    '(just|simply) (trust me on this and sign|go with your gut and sign|trust me and sign|say yes)',
    'do not think (too hard|too much|twice) (about it|about this|just sign|and sign)? just (say yes|go ahead|sign|commit)',
    'what is there to (think about|discuss|decide|consider|think over|mull over)',
    '[before you (talk yourself out of|change your mind about|change your mind|overthink|second guess)] (it|this)?',
  ],
  noDefaultGuards: true,
  unless: ['reported', /\bthink about it as\b/],
  severity: 'warning',
  message: 'Discourages the buyer from thinking the decision through.',
  why: 'Thinking it over is how people make decisions that are good for them. Inviting their questions builds more confidence than cutting the thinking short.',
  alternatives: [{ rewrite: 'take whatever time you need to think it through' }, { question: 'clarity' }],
  examples: {
    flag: [
      "Grab it [[before you talk yourself out of]] it.",
      'Honestly, [[don’t overthink it]].',
      "You're close, [[there's nothing left to think about]].",
      '[[You don’t need to sleep on it]], the numbers are clear.',
      'It works, so [[just say yes]] and we will handle the rest.',
      '[[Stop second guessing]], the pilot proved it.',
      'Honestly, [[what’s there to think about]]?',
      '[[There’s nothing left to decide]]. Sign it.',
      "[[There's really nothing left to discuss, so]] let's sign.",
    ],
    pass: [
      "You're overthinking this.",
      'Take time to think it over with your team.',
      'Sleep on it and let me know what questions come up.',
      'I would think about it as a two-phase rollout.',
      'She said yes to a pilot, so we start on Monday.',
      'There is nothing left to discuss on pricing; the next step is your security review.',
      'There is nothing more to configure on your side.',
    ],
  },
});
