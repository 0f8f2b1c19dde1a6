import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '[low (in|on)? (stock|inventory)]',
    '[(stock|inventory|supply|supplies|availability|seats|spots|stocks) (is|are)? (running|getting)? (very|extremely|really)? low]',
    '[(running|getting) low on (stock|inventory|seats|spots|slots|licenses|capacity|units|supply)]',
    '[(stock|stocks|inventory|supply|supplies|seats|spots|slots|tickets|units) (is|are)? (running|selling) out]',
    '[(will|could|may|might|about to) (be|go|run) out of stock]',
    '[out of stock soon]',
  ],
  unless: ['reported', /\blow (stock|inventory) (alert|notification)s? (for|to) (you|your)\b/],
  severity: 'warning',
  message: 'Says stock is low to hurry the decision.',
  why: 'A low-stock warning asks the buyer to act on fear of losing out rather than on whether the choice is right. If supply matters, state it plainly and let them decide.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: ['HURRY, [[LOW IN STOCK]]!', '[[Low Stock]]', 'Our [[inventory is running low]] on the starter kits.', 'We are [[running low on seats]] for the April workshop.'],
    pass: ['We keep your costs low in every plan.', 'The risk is low on your side.', 'In stock and ready to ship.'],
  },
});
