import { defineRule } from '../define-rule';

/** Decline buttons that make the shopper say they prefer paying more: "No thanks, I like paying full price". */
export default defineRule({
  match: [
    '(i|i\'d) (would|will|am|do)? (rather|prefer|like|love|enjoy|happy|fine|good|ok|okay|content|choose|want|gladly|happily|just|still|keep|not mind)? (still|just)? (to|with)? (pay|paying) %fgFullPrice%',
    '(i would like|i will take|i\'d like|i want|i prefer|give me) /^0%?$/ (off|discount|percent|savings)',
    '%fgIRather% (check out|shop|shopping|buy|buying|checkout|browse|browsing|order|ordering|pay|paying|continue) without (a|my|the|any|your)? (free gift|free shipping|discount|savings|coupon|deal|offer|gift|rewards|perks|bonus|code|promo|voucher|reward)',
    '%fgIRather% save (my money|money)? (some other time|some other day|another day|next time|later|tomorrow)',
    'i am (fine|good|ok|okay|happy|content) with? overpaying',
    // Decline buttons with no "I": "Continue without my discount", "Decline offer and pay more".
    '^(continue|proceed|checkout|check out|shop|keep shopping) without (a|my|the|any|your)? %fgPerkWord%',
    '(decline|skip|refuse|no thanks|ignore) .{0,3} and pay %fgFullPrice%',
  ],
  noDefaultGuards: true,
  unless: ['reported'],
  severity: 'warning',
  message: 'A decline option worded to shame the shopper for not taking the offer.',
  why: 'Confirmshaming makes saying no feel foolish instead of giving a real choice. A plain "No thanks" respects the person and keeps their trust.',
  alternatives: [{ rewrite: "I'll pass" }],
  examples: {
    flag: [
      'No, [[I’d rather pay full price]].',
      'No, [[I like paying retail]]',
      '[[I will pay more]], thanks anyway',
      '[[I’d like 0% off]]',
      '[[I’ll checkout without a discount]]',
      '[[I’ll save money another day]]',
      'No thank you! [[I prefer to pay for shipping]].',
      'Nah, [[I’m good overpaying]]',
      '[[Continue without my discount]]',
      '[[Decline offer and pay more]]',
    ],
    pass: [
      'No thanks',
      'Pay in 4 interest-free installments.',
      'Free shipping on orders over $50.',
      'I will pay the invoice on Friday.',
      'Continue without an account',
      'Continue shopping',
      'Customers said they would rather pay full price for better support.',
    ],
  },
});
