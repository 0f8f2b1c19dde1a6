import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    'low (in|on)? (stock|inventory)',
    '(stock|inventory|supply|supplies|availability|seats|spots|stocks) (is|are)? (running|getting)? (very|extremely|really)? low',
    '(running|getting) low on (stock|inventory|seats|spots|slots|licenses|capacity|units|supply)',
    '%stockSubject% (is|are)? running out',
    '(will|could|may|might|about to) (be|go|run) out of stock',
    'out of stock soon',
    // The supply named first, the warning after: "inventory on the Gen2 scanners is running low".
    '%stockSubject% (of|for|on) .{1,4} (is|are) (running|getting) (very|really)? low',
    '%stockSubject% .{0,5} (is|are) (down to|dwindling|shrinking|drying up|thin)',
    '%stockSubject% (of|for|on) .{1,4} (is|are) (running|selling) out',
    '%stockSubject% .{0,4} (is|are) (nearly|almost|practically|virtually)? (exhausted|depleted|used up)',
    '(dwindling|shrinking) %stockSubject%',
    '(hardly|barely|scarcely) any (stock|%stockNoun%)? %stockLeft%',
    '(not many|very little|not much) %stockNoun% %stLeft%',
    // From "there", so the "not" of "aren't" sits inside the match, not before it.
    'there (is|are) (not many|not a lot of|not much|very few|very little) (of the)? %stockAdj%? %stockNoun% (%stLeft%|available)',
    '^[low (quantity|quantities|supply)]',
  ],
  unless: ['reported', /\blow[- ](stock|inventory) ((alert|notification)s? (for|to) (you|your)|(alert|notification|warning|report|threshold)s)\b/, /\b(your|their) (own )?(stock|inventory|supply|supplies|warehouse|spare|parts)\b/],
  severity: 'warning',
  message: 'Says stock is low to hurry the decision.',
  why: 'A low-stock warning asks the buyer to act on fear of losing out rather than on whether the choice is right. If supply matters, state it plainly and let them decide.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: [
      '[[Inventory on the starter kits is thin]].',
'[[Inventory on the rack units is down to]] a few dozen.', 'HURRY, [[LOW IN STOCK]]!', '[[Low Stock]]', 'Our [[inventory is running low]] on the starter kits.', 'We are [[running low on seats]] for the April workshop.', '[[Inventory on the X200 printers is running low]].', 'The remaining [[seats at this rate are dwindling]].', 'There is [[hardly any stock left]] on the blue model.', 'Our [[allocation for your region is almost exhausted]].', 'Honestly [[there aren\'t many seats left]] at the founder price.', '[[Supplies of the starter kit are running out]].', '[[Low quantity]]'],
    pass: ['Our error rate is down to single digits this year.', 'We keep your costs low in every plan.', 'The risk is low on your side.', 'In stock and ready to ship.', 'Your inventory of spare parts is running low every December, you said.', 'Our backlog is shrinking nicely.', 'Your storage quota is almost used up, so we will add space.', 'There is hardly any setup left on your side.', 'The app sends low-stock alerts and reorders for you.'],
  },
});
