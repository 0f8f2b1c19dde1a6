import { defineRule } from '../define-rule';

/**
 * Decline buttons that make the shopper renounce a benefit: "I don't want to save money",
 * "No thanks, I don't like discounts", "I'd rather not save", "free stuff isn't for me".
 */
export default defineRule({
  match: [
    'i (really do not|just do not|do not) (care for|care about|want|like|need|love|enjoy) to? %fgSave%',
    'i (really do not|just do not|do not) (care about|want|need) to? (look better|feel better|sleep better|be stylish|be healthier|get smarter|be smarter|learn more|improve|treat myself|upgrade)',
    'i (really do not|just do not|do not) (care for|care about|want|like|need|love|enjoy) (a|any|the|my|your|these|those|this)? (exclusive|special|amazing|great)? %fgPerk%',
    'i (really do not|do not) want .{1,4} (at|for) (the|a) (best|lowest|lower|better|discounted|reduced) price',
    'i %fgDislike% %fgPerk%',
    '(i would|i\'d) rather not (get a discount|get the discount|have a discount|get something free|receive a gift|get a gift|get free|get rewards|be rewarded|save|win)',
    '(i would|i|i\'d) (rather|prefer) not to? (have a protection plan|have a warranty|have the warranty|have a discount|have a deal|have a gift|get a discount|get the discount|get a deal|get a gift|get a reward|be protected|have protection|save|win)',
    '%fgPerk% (is not|are not) (for me|my thing|my style)',
    '%fgPerk% (is|are) only? for (other people|others|suckers|someone else|smarter people|people who care)',
    '(i would|i\'d) rather not (get|have|take|receive|claim) .{0,3} (off|discount|savings|gift|deal|offer|reward|rewards)',
    'i (really do not|do not) care (about|for) (my|how i look|looking good)? (skin|hair|health|looks|appearance|style|wardrobe|home|garden|pet|pets|dog|cat|car|family|wellbeing|safety|security|privacy|device|phone|teeth|body|fitness|sleep|comfort|feet|smile)',
    'i am not (interested in|a fan of|big on|into) (saving|savings|discounts|deals|coupons|free|freebies|rewards|perks|offers|exclusive|bargains|winning|prizes)',
    'i am not (interested in|a fan of|into) (a|the|my|any)? /^[0-9]+%$/ (off|discount|savings)',
    'i (really do not|do not) (need|want) (a|my|the|any|your)? (extra|exclusive|instant)? /^[0-9]+%$/ (off|discount|savings)',
    '%fgIRather% (miss out on|say no to|pass on|give up|turn down|skip|miss|ignore|forgo|forego|decline) (this|the|these|my|a|an|all|any|your|free)? .{0,3} %fgPerkWord%',
  ],
  noDefaultGuards: true,
  unless: [
    'reported',
    // A rep's own view in a longer sentence: "I don't want a discount to drive your decision".
    /\b(discounts?|deals?|offers?|savings|price|sales?|coupons?) (to (be|drive|decide|sway)|that|which|where|when|driving)\b/,
  ],
  severity: 'warning',
  message: 'A decline option worded to shame the shopper for not taking the offer.',
  why: 'Confirmshaming makes saying no feel foolish instead of giving a real choice. A plain "No thanks" respects the person and keeps their trust.',
  alternatives: [{ rewrite: "I'll pass" }],
  examples: {
    flag: [
      '[[I do not care about protecting my]] account.',
      '[[I don’t want to save money]]',
      '[[I don’t like coupons]]',
      'NO THANKS! [[I DON’T WANT A FREE GIFT]]',
      'No. [[I hate savings]]!',
      'No, [[I’d rather not save]].',
      'Nope. [[Free shipping isn’t for me]].',
      'No, [[I’ll skip these exclusive deals]]',
      'No, [[I prefer not to have a warranty]]',
      'No, [[I’d rather not get 20% off]]',
      'Skip, [[I don’t care about my skin]]',
      'Nope, [[discounts are for other people]]',
    ],
    pass: [
      'No thanks',
      'I want to save 15% on my first order!',
      "I don't want a discount to be the reason you choose us.",
      'We never share your details, and we do not sell your data.',
      'The customer said she does not like discounts that lock her in.',
      'I do not care about my commission; I care about your outcome.',
    ],
  },
});
