import { defineRule } from '../define-rule';

/**
 * Decline buttons that make the shopper renounce a benefit: "I don't want to save money",
 * "No thanks, I don't like discounts", "I'd rather not save", "free stuff isn't for me".
 */
export default defineRule({
  match: [
    'i (do not|really do not|just do not) (want|like|need|love|enjoy|care for|care about) to? %fgSave%',
    'i (do not|really do not|just do not) (want|like|need|love|enjoy|care for|care about) (a|any|the|my|your|these|those|this)? (exclusive|special|amazing|great)? %fgPerk%',
    'i (do not|really do not) want .{1,4} (at|for) (the|a) (best|lowest|lower|better|discounted|reduced) price',
    'i %fgDislike% %fgPerk%',
    '(i would|i\'d) rather not (save|win|get a discount|get the discount|have a discount|get free|get something free|receive a gift|get a gift|get rewards|be rewarded)',
    '(i|i\'d|i would) (prefer|rather) not to? (save|win|be protected|have a protection plan|have protection|have a warranty|have the warranty|have a discount|have a deal|have a gift|get a discount|get the discount|get a deal|get a gift|get a reward)',
    '%fgPerk% (is not|are not|isn\'t|aren\'t) (for me|my thing|my style)',
    '(i will|i\'d rather|i would rather|i want to) (skip|pass on|miss|miss out on|ignore|forgo|forego|give up|turn down|decline|say no to) (this|the|these|my|a|an|all|any|your|free)? .{0,3} %fgPerk%',
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
  alternatives: [{ rewrite: 'No thanks' }],
  examples: {
    flag: [
      'No thanks, [[I don’t want to save money]]',
      '[[I don’t like coupons]]',
      'NO THANKS, [[I DON’T WANT A FREE GIFT]]',
      'No thanks, [[I hate savings]]!',
      'No, [[I’d rather not save]].',
      'No thanks, [[free shipping isn’t for me]].',
      'No, [[I’ll skip these exclusive deals]]',
      'No thanks, [[I prefer not to have a warranty]]',
    ],
    pass: [
      'No thanks',
      'I want to save 15% on my first order!',
      "I don't want a discount to be the reason you choose us.",
      'We never share your details, and we do not sell your data.',
      'The customer said she does not like discounts that lock her in.',
    ],
  },
});
