import { defineRule } from '../define-rule';

/** Declines that make the shopper embrace missing out: "No thanks, I don't mind missing out". */
export default defineRule({
  match: [
    'i do not mind missing out',
    'i am (fine|ok|okay|happy|good|cool|content) with? missing out',
    '%fgIRather% miss out',
    'i (like|love|enjoy) (being left out|missing out|paying more|overpaying)',
    '%fgIRather% (stay|remain|be) (out of the loop|in the dark|left out|uninformed|behind|bored|boring|clueless)',
    'i do not (want|need|care) to (be in the loop|be in the know|stay in the loop|stay up to date|be the first|stay informed|keep up|be updated|get updates|know|hear) (about|on|first|when)?',
  ],
  noDefaultGuards: true,
  unless: ['reported', /\bi don't want to (know|hear) (about )?(your|what|how|if|whether|why)\b/],
  severity: 'warning',
  message: 'A decline option worded to shame the shopper for not taking the offer.',
  why: 'Confirmshaming makes saying no feel like a loss instead of a choice. A plain "No thanks" respects the person and keeps their trust.',
  alternatives: [{ rewrite: "I'll pass" }],
  examples: {
    flag: [
      'No thanks! [[I don’t mind missing out]]',
      'No, [[I’d rather miss out]]',
      'No, [[I love overpaying]]',
      '[[I don’t want to be the first]] to know',
    ],
    pass: ['Sign up and never miss out on new arrivals.', "I'd hate for your team to miss the webinar; here is the recording.", 'No thanks'],
  },
});
