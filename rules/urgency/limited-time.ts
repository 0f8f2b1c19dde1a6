import { defineRule } from '../define-rule';

/** "LIMITED TIME ONLY", "for a limited time", "limited-time offer", "Limited time remaining!". */
export default defineRule({
  match: [
    '(for|in)? (a|this)? limited (time|period) (%stLeft%|only|offer|deal|sale|pricing|price|discount|promotion|promo)?',
    'time (limited|sensitive) %offerWord%',
    '%offerNoun% (is|are) time (limited|sensitive)',
    '^[time sensitive]',
    '(limited|short|narrow|brief|tight) window (of time|of opportunity|to act|to buy|to sign|to lock|to decide|to get|for this|on this)?',
    'limited (offer|offers|deal|deals|promotion|promo)',
    '(for|only for|just for) a short (time|while|period) only?',
    'exploding (offer|deal|discount|quote)',
  ],
  unless: ['reported', 
    /\b(we|i|you|they) (have|had|only have|got) (a |very |pretty )?limited time\b/,
    /\b(your|their|our|my) (very )?limited time\b/,
    /\blimited time (on|in|for|to) (the|this|our|your)? ?(call|meeting|demo|agenda|cover|talk|discuss|meet|chat|review|prepare)\b/,
    /\bwith (a |very )?limited time\b/,
    /\b(your|their) [a-z ]{0,20}window\b|\bwindow (on|for|at) (your|their)\b|\b(maintenance|migration|change|freeze|install|delivery) window\b/,
    /\blimited (run|offer)s? of (data|information)\b/,
  ],
  severity: 'warning',
  message: 'Frames the offer as available for a limited time only.',
  why: '"Limited time" puts a clock on the decision without saying why. If there is a real date, share it and the reason; otherwise let the buyer move at the pace that suits them.',
  alternatives: [{ rewrite: 'available now' }, { question: 'concerns' }],
  examples: {
    flag: [
      "Think of it as an [[exploding offer]].",'[[LIMITED TIME ONLY]]!', 'Free shipping [[for a limited time]] on annual plans.', 'Get 20% off, hurry, [[limited time offer]]!', '[[Time-sensitive]]: new pricing inside.', '[[LIMITED OFFER]]: $125 off + 2 free pillows', 'Launch pricing, [[for a short time only]].'],
    pass: [
      "The offer letter goes out on Monday.",'This is not a limited-time offer.', 'I know you have limited time this week, so I will keep it short.', 'Given your limited time, here is a two-line summary.'],
  },
});
