import { defineRule } from '../define-rule';

// Reviews and order pages speak in the first person or to "you" about their own orders.
const OWN_ORDERS = /\b(i|i'm|i've|i'd|my|we|we've|you have|you've|you)\s+(have |had |already |just |recently |last )*(bought|purchased|ordered)\b|\b(your|my) (latest |last |recent |previous )?(order|orders|purchase|purchases)\b|\bby you\b/;

export default defineRule({
  match: [
    '%spCount% %spShoppers%? (have|has|had|were|was)? (already|recently|just|also|all)? %spBought% (just|recently|already)?',
    '(%spBuys%|sold) %spCount% (times|%spRecently%)',
    '%spAbout%? %spCount% (sold|bought|purchased|orders|ordered) in /^[0-9]+$/ (hours|hrs|days|minutes|mins|hour|day)',
    '%spAbout%? %spCount% (happy|satisfied|lucky|smart|savvy|loyal|new) %spShoppers% (has|have)? (just|recently|already)? %spBought%',
    '%spCount% (sold|sales|orders|purchases|bookings) %spRecently% /[0-9]/? %spAgoUnit%?',
    '%spCount% (sold|orders) (so far|already)',
    // The whole label is the count: "2,341 sold".
    '^[%spAbout%? %spCount% sold]$',
    // "1.5k+ sold": compromise splits an implicit "k" term off a decimal count.
    '/^[0-9][0-9,.]*k$/ . (sold|bought|purchased|orders|ordered)',
    // Minutes or hours, never days: "Last purchased 9 minutes ago" is a live feed, "Last ordered:
    // 3 days ago" an order history.
    'last (%spBuys%|sold) .{0,2} (second|seconds|sec|secs|minute|minutes|min|mins|hour|hours|hr|hrs) ago',
    '(latest|newest|most recent) (order|purchase|sale|booking) .{1,8} (second|seconds|sec|secs|minute|minutes|min|mins|hour|hours|hr|hrs) ago',
    '/^[0-9][0-9,.+]*k?$/ orders$',
    '%spBuys% by %spAbout%? %spCount% %spShoppers%',
    '%spCount% (recent|new) (orders|purchases|sales|bookings)',
    '%spCount% %spShoppers%? (have|has|had)? (favourited|favorited|wishlisted|hearted|saved) (it|this)',
  ],
  unless: [OWN_ORDERS],
  // A counter is never negated; "Don't let 'em get away! 9 people viewed this" still counts.
  noDefaultGuards: true,
  severity: 'warning',
  message: 'Reports how many others bought, to make this shopper buy too.',
  why: 'A running tally of other buyers is a crowd, not a reason. Whether it is right depends on what this person needs; let the product make its own case.',
  alternatives: [{ question: 'fit' }],
  examples: {
    flag: [
      '[[38 people have purchased]] this lamp.',
      'So popular! [[17 bought]] in the last 3 days.',
      '[[480 sold in the last 24 hours]]',
      '[[1,200 orders]]',
      'Popular: [[bought by 312 customers]] this week.',
      '[[48 people have favorited this]]',
      'This bundle has been [[purchased 300+ times]] this month.',
      '[[5 others have already bought]] this deal today!',
      '[[2,341 sold]]',
      '[[Sold 45 in the last]] 8 hours',
      '[[Over 300 sold in 24 hours]]!',
      '[[Over 1,000 happy customers bought]] this month',
      '[[1.5k+ sold]] in past week',
      '[[Last purchased 9 minutes ago]]',
      '[[Latest order: Sophie from Bristol, 7 minutes ago]]',
    ],
    pass: [
      'I bought 2 of these for my kids and they love them.',
      'You have purchased this item before.',
      'Buy 2, get 1 free on all socks.',
      'Sold out',
      'Pack of 12 sold separately from the case.',
      'Customers who bought this item also bought',
      'Last ordered: 3 days ago',
      'Purchased 2 times by you',
      'Your latest order shipped 2 hours ago.',
    ],
  },
});
