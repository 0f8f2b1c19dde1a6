import { defineRule } from '../define-rule';

/** "…or the discount goes away", "waiting a week will cost you the promo": the offer lost unless they act. */
export default defineRule({
  match: [
    '(or|otherwise|or else) %theMy%? (discount|discounts|price|pricing|deal|offer|rate|promo|promotion|terms|quote|incentive|credit|bonus) (is|will be|goes|will go|disappears|will disappear|expires|will expire|vanishes|is going|reverts|goes back) (gone|away|off the table|to list|back to list|up)?',
    '(or|otherwise|or else) %theMy%? .{0,2} %offerWord% %offerWord%? (lapses|will lapse|dies|will die|runs out|will run out|goes|disappears|vanishes|is gone)',
    '(or|otherwise) %theOur%? (discount\'s|offer\'s|deal\'s|price\'s|promo\'s|rate\'s|quote\'s|pricing\'s) (gone|off|over|history|toast|off the table)',
    '(or|otherwise) (i|we) will? (lose|forfeit|give up) (the|my|our|your)? .{0,3} (discount|price|pricing|deal|offer|rate|promo|terms|quote)',
    '(waiting|delaying|holding off|hesitating|sitting on this|sitting on it|putting this off|putting it off) .{0,3} (will|would|could|might) cost you (this|the|that|your)? (discount|price|pricing|deal|offer|rate|promo|slot|spot|seat|terms|credit)',
  ],
  unless: ['reported', 'buyer-deadline', /\b(whether|either) or\b/, /\bgoes down\b/],
  severity: 'strong',
  message: 'Says the offer will be lost unless the buyer acts now.',
  why: 'Tying the price to acting fast makes the buyer weigh a loss instead of the decision. If terms really change, say when and why, and ask what timing works for them.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: ['- gave them till Weds to decide [[or the pilot pricing goes]]', 
      "Sign by Friday [[or the bundle price lapses]].",'Reply by Friday, [[or the launch credit lapses]].', 
      'Need a yes by Friday, [[or the discount goes away]].',
      'Let us wrap this up this week [[or the discount\'s gone]].',
      'We need to finish by Monday [[or I lose the approval for the discount]].',
      '[[Waiting even a month will cost you the promo]].',
    ],
    pass: ['Let me know if volume changes or the price goes down.', 
      'Sign now or next quarter, the discount is the same either way.',
      'You can pay monthly or annually; the price is the same.',
      'Waiting a month will give your team time to test it properly.',
    ],
  },
});
