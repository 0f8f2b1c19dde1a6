import { defineRule } from '../define-rule';

// "You can trust us with your data", "thanks for trusting me": trust offered or earned, not demanded.
// "Half the Fortune 500 already trust us": a crowd claim (social-pressure), not "trust me".
const SOMEONE_TRUSTS = /\b(already|who|that|they|customers|clients|teams|companies|people|users|firms|banks|brands|millions|thousands|hundreds|[0-9][0-9,+k]*)( all)? (trust|trusts|trusted|believe|believes) (me|us)\b/;
const EARNED = /\b(can|could|will|would|to|you'll|hope you|hope you'll|if you) (trust|believe) (me|us)\b|\b(trust|believe) (me|us) (to|with)\b|\bthanks? (you )?for (trusting|believing)/;

export default defineRule({
  match: [
    '[(trust|believe) (me|us)] (when i say|when we say|on this|on that|it is not|it\'s not|it is fine|it\'s fine|it will be fine|that is not|this is not|there is no|there are no|do not worry|you do not need|you will be fine|nothing|nobody|no one|not|none)',
    '[(trust|believe) (me|us)]$',
    '(just|please|honestly|seriously) (trust|believe) (me|us)',
    '(take|taking) (my|our) word for it',
  ],
  noDefaultGuards: true,
  unless: ['negated', EARNED, SOMEONE_TRUSTS],
  severity: 'warning',
  message: 'Asks the buyer to take it on trust instead of addressing the concern.',
  why: '"Trust me" asks for faith exactly where the buyer wants evidence. Show them what backs the claim, or ask what would reassure them.',
  alternatives: [{ rewrite: 'here is what we have seen' }, { question: 'concerns' }],
  examples: {
    flag: [
      "[[Trust me]], it's not an issue.",
      "[[Believe me]] when I say the migration is painless.",
      '[[Just trust me]] on the sizing.',
      "There's really nothing to worry about, [[trust me]].",
      "Don't worry about the permissions, [[take my word for it]].",
    ],
    pass: [
      'You can trust us with your data: here is our SOC 2 report.',
      'Thanks for trusting me with the rollout plan.',
      "I don't expect you to just trust me, so here are three references.",
      'Over 2,000 clinics already trust us.',
    ],
  },
});
