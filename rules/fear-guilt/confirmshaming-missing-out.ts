import { defineRule } from '../define-rule';

/** Declines that make the shopper embrace missing out: "No thanks, I don't mind missing out". */
export default defineRule({
  match: [
    'i (do not|don\'t) mind missing out',
    '(i am|i\'m) (fine|ok|okay|happy|good|cool|content) with? missing out',
    '(i will|i would rather|i\'d rather|i want to|i prefer to|i\'d prefer to|let me|i like to|i love to) miss out',
    'i (like|love|enjoy) (missing out|paying more|overpaying|being left out)',
    'i (do not|don\'t) (want|need|care) to (know|hear|be the first|be in the loop|be in the know|stay in the loop|stay informed|stay up to date|keep up|be updated|get updates) (about|on|first|when)?',
  ],
  noDefaultGuards: true,
  unless: ['reported', /\bi don't want to (know|hear) (about )?(your|what|how|if|whether|why)\b/],
  severity: 'warning',
  message: 'A decline option worded to shame the shopper for not taking the offer.',
  why: 'Confirmshaming makes saying no feel like a loss instead of a choice. A plain "No thanks" respects the person and keeps their trust.',
  alternatives: [{ rewrite: 'No thanks' }],
  examples: {
    flag: [
      'No thanks, [[I don’t mind missing out]]',
      'Nope, [[I’d rather miss out]]',
      'No thanks, [[I love overpaying]]',
      'No thanks, [[I don’t want to be the first]] to know',
    ],
    pass: ['Sign up and never miss out on new arrivals.', "I'd hate for your team to miss the webinar; here is the recording.", 'No thanks'],
  },
});
