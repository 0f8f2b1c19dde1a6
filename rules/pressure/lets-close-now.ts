import { defineRule } from '../define-rule';

/** Closing on the writer's timeline: "let's get this done today", "let's get it signed". */
export default defineRule({
  match: [
    'let us (get|make) (the deal|the contract|the paperwork|this|it) (over the line|across the line|wrapped up|locked in|signed|closed|official|finalized|finalised|done|happen) %pWhen%',
    'let us (get|have) (the deal|the contract|the paperwork|this|it) (over the line|across the line|locked in|signed|closed)',
    'let us (close|wrap|finalize|finalise|sign|lock|button) (this|it)? (up|out|in)? %pWhen%',
    'let us just? sign (the order form|the contract|the agreement|it|this)',
    '(let us not|do not|no need to|no point in|why) drag (this|it|things) out',
  ],
  unless: ['reported', 'buyer-deadline'],
  severity: 'warning',
  message: 'Sets your timeline for their decision with a "let\'s get it done".',
  why: 'A friendly "let\'s" still decides the timing for them. Ask what they need before they are ready, and let the date follow.',
  alternatives: [{ rewrite: 'let me know what you need to feel ready' }, { question: 'clarity' }],
  examples: {
    flag: [
      'Great, [[let’s get this done today]].',
      '[[Let’s get the contract signed]] and start onboarding.',
      '[[Let’s wrap this up this week]] so we can hit the launch date.',
      "[[Let's just sign the order form]] and sort out the details later.",
      "[[Let's not drag this out]]; the pricing is fair.",
    ],
    pass: [
      "Let's get the pilot data first and then decide.",
      "Let's find a time this week that works for your team.",
      "Let's get this done right, even if it takes a few more weeks.",
    ],
  },
});
