import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '[limited (stock|stocks|quantity|quantities|availability|supply|supplies|inventory|seats|spots|slots|spaces|places|capacity|openings|units|allocation)]',
    '[limited number of %stockAdj%? %stockNoun%]',
    '[%stockSubject% (is|are) (very|extremely|really|quite|severely|strictly)? (limited|scarce|tight)]',
    '[(we have|there are) (very|extremely)? (few|limited) %stockNoun% (left|remaining)?]',
  ],
  unless: ['reported', /\b(my|our) (calendar|schedule|availability)\b|\bavailability (this|next) week\b|\blimited availability (for|to) (a )?(call|calls|meeting|meetings|chat|demo|demos)\b/, /\b(on|in) your (plan|account|contract|subscription)\b/, /\blimited (stock|quantity|availability) (of|on) (data|information|insight)/],
  severity: 'warning',
  message: 'Says supply is limited to hurry the decision.',
  why: '"Limited" puts a clock on the decision without saying how limited or why. Say what is actually true, and give the buyer the room to decide at their pace.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: ['[[Stock is limited]], so reserve yours soon.', '[[Availability is very limited]] for the premium tier this month.', 'In Stock - [[Limited Quantity]]', '[[Limited availability]] at this price!', '[[Space is limited]] for the onsite training.'],
    pass: ['We have limited insight into your process.', 'Limited Edition Colors', 'Our free plan has limited integrations.'],
  },
});
