import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '(the|our) most? (recent|latest|last) (customers|buyers|shoppers|orders|purchases|sales) (have come|are|were|came|come)? all? from',
    '(customers|shoppers|buyers|people) (in|from) .{1,4} (just|recently) (bought|purchased|ordered)',
    '(recently|just|last) %spBuys% by (customers|shoppers|buyers|people|someone)? (in|from)',
    '(just|recently) %spBuys% by (a|another) (customer|shopper|buyer|person|visitor) (in|from)',
    '(just|recently) %spBuys% by .{1,2} (in|from)',
  ],
  severity: 'warning',
  message: 'Lists where recent buyers are from, to suggest everyone is buying.',
  why: 'A feed of recent buyers is there to make the shopper feel the crowd moving without them. Their own needs are the better guide.',
  alternatives: [{ question: 'fit' }],
  examples: {
    flag: [
      '[[Our most recent customers are from]] Leeds, York and Hull',
      '[[The latest orders came from]] Ohio, Texas and Utah.',
      '[[Shoppers in Denver just bought]] this set.',
      '[[Recently bought by customers in]] Sydney and Perth.',
      '[[Recently purchased by a customer in]] Ohio',
      '[[Just purchased by Tom in]] Denver',
    ],
    pass: [
      'Our customers are from all over the world, and support runs 24/7.',
      'The latest release came from customer feedback.',
      'Our most recent customer survey is linked below.',
    ],
  },
});
