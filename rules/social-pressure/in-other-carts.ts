import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '%spCount% %spShoppers%? (have|has|had|got)? (this item|this product|the item|this|it|these|them)? (item|product)? (in|inside|on) (other people\'s|other users|other shoppers|other customers|their|other|others|his|her)? shopping? %spCartWord%',
    'in %spCount%? (other people\'s|other peoples|other users|other shoppers|other customers|other buyers|other|others) (people|users|customers|shoppers|buyers|persons)? %spCartWord%',
    '%spCount% %spShoppers%? (have|has|had|just|recently|already)? (just|recently|already)? added (this item|this product|the item|this|it|these|them)? (item|product)? to (a|the|their|his|her)? shopping? %spCartWord%',
    'added to %spCartWord% %spCount% times',
    'added to %spCount% (wishlists|carts|baskets|bags|wish lists|favourites|favorites)',
    '%spSomeone% .{0,8} (added|put) .{0,16} (to|in|into) (their|a|his|her)? shopping? %spCartOne%',
    '(a|another) %spShopper% .{0,8} (added|put) .{0,16} (to|in|into) (their|a|his|her)? shopping? %spCartOne%',
    // A named shopper in a popup: "Anna from Berlin added Silver Ring to her cart".
    '. (in|from) .{1,6} added .{0,12} (to|in|into) (their|a|his|her)? shopping? %spCartOne%',
    '. (in|from) .{1,6} (just|recently) added .{0,12} (to|in|into) (their|a|his|her)? shopping? %spCartOne%',
    // A bare counter: "In 14 carts", "CURRENTLY IN 9 CARTS" (plural: "comes in 2 bags" is packaging).
    '^[in %spAbout%? %spCount% shopping? (carts|baskets|trolleys|wishlists)]',
    '(currently|now|already|today) [in %spAbout%? %spCount% shopping? (carts|baskets|trolleys|wishlists)]',
  ],
  unless: [/\b(i|i've|i'd|my|we|we've)\b/],
  // A counter is never negated; "Don't let 'em get away! 9 people viewed this" still counts.
  noDefaultGuards: true,
  severity: 'warning',
  message: "Tells the shopper the item sits in other people's carts, to hurry them.",
  why: "Saying others are about to buy turns a purchase into a race. The shopper deserves to decide on the product's merits, at their own pace.",
  alternatives: [{ question: 'fit' }],
  examples: {
    flag: [
      '[[12 people have this in their cart]] right now.',
      "It's [[in 4 other carts]], grab it soon.",
      '[[210 shoppers added this to their basket]] today.',
      'Hot item: [[added to cart 57 times]] since Monday.',
      'This dress was [[added to 34 wishlists]] today.',
      '[[A shopper in Leeds just added the Alder Throw Blanket to their basket]]',
      'Right now: [[in 23 carts]]',
      '[[40 people have this on their wishlist]]',
      'Now [[in 27 shopping carts]]',
      '[[Maya from Leeds added Wool Socks to her cart]]',
      '[[Someone in Oslo added Down Jacket to cart]]',
    ],
    pass: [
      'Item added to cart. View cart and check out.',
      'Your cart is empty.',
      'Add 2 more items to your basket for free shipping.',
      'Enable cookies to use the shopping cart',
      'Ships in 2 bags for freshness.',
      'You can keep items in 3 carts at once.',
    ],
  },
});
