import { defineRule } from '../define-rule';

/** Decline buttons that make the shopper say they prefer paying more: "No thanks, I like paying full price". */
export default defineRule({
  match: [
    '(i will|i would rather|i\'d rather|i rather|i prefer to|i\'d prefer to|i would prefer to|i like|i love|i enjoy|i want to|i\'d like to|i would like to|i am happy to|i do not mind|i will just|i\'d rather just|i would rather just|i will gladly|i choose to|i will happily|i will keep|i will still) (pay|paying) %fgFullPrice%',
    '(i\'d like|i would like|i want|i prefer|i\'ll take|i will take|give me) /^0%?$/ (off|discount|percent|savings)',
    '(i will|i would rather|i\'d rather|i prefer to|i\'d prefer to|i will just|i want to|i will keep|i will continue) (shop|shopping|buy|buying|check out|checkout|browse|browsing|order|ordering|pay|paying|continue) without (a|my|the|any|your)? (discount|savings|coupon|deal|offer|free gift|gift|free shipping|rewards|perks|bonus|code|promo|voucher|reward)',
    '(i will|i\'d rather|i would rather) save (money|my money)? (another day|later|next time|some other time|some other day|tomorrow)',
  ],
  noDefaultGuards: true,
  unless: ['reported'],
  severity: 'warning',
  message: 'A decline option worded to shame the shopper for not taking the offer.',
  why: 'Confirmshaming makes saying no feel foolish instead of giving a real choice. A plain "No thanks" respects the person and keeps their trust.',
  alternatives: [{ rewrite: 'No thanks' }],
  examples: {
    flag: [
      'No thanks, [[I’d rather pay full price]].',
      'Nah, [[I like paying retail]]',
      '[[I will pay more]], thanks anyway',
      'No thanks, [[I’d like 0% off]]',
      '[[I’ll checkout without a discount]]',
      'no thanks, [[I’ll save money another day]]',
      'No thank you, [[I prefer to pay for shipping]].',
    ],
    pass: [
      'No thanks',
      'Pay in 4 interest-free installments.',
      'Free shipping on orders over $50.',
      'I will pay the invoice on Friday.',
      'Customers said they would rather pay full price for better support.',
    ],
  },
});
