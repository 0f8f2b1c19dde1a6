import { defineRule } from '../define-rule';

/** "1 in stock", "Only: 9 in stock now": a small stock count on a product page. */
export default defineRule({
  match: ['[/^[0-9][0-9,]*$/ in stock]', '[/^[0-9][0-9,]*$/ (items|units|pieces|pairs) in stock]', '[%only% (one|two|three|a few|few) in stock]'],
  unless: ['reported', /\b(back|will be|comes back) in stock\b/],
  severity: 'warning',
  message: 'Shows a small stock count to hurry the decision.',
  why: 'A stock count placed next to the buy button is there to hurry the choice, not to inform it. The buyer deserves the time to decide whether it is right for them.',
  alternatives: [{ rewrite: 'available' }, { question: 'concerns' }],
  examples: {
    flag: ['[[1 in Stock]]', '[[4 in stock]] now', 'Hurry, [[just two in stock]] at this price.'],
    pass: ['In Stock', 'Select your size and we will email you when it is back in stock.', 'Ships in 2 to 3 days.'],
  },
});
