import { defineRule } from '../define-rule';

// A first-person sentence is a review or a sales note, never a live activity counter.
const FIRST_PERSON = /\b(i|i'm|i've|i'd|my|we|we've|our)\b/;
// "Viewing 1-24 of 300 products": pagination, not people.
const PAGINATION = /\b(viewing|showing) [0-9]+ ?(-|to) ?[0-9]+\b|\bper page\b|\byour\b|\bviewed (items|products)\b|\bof [0-9,]+ (results|products|items)\b/;

export default defineRule({
  match: [
    '%spCount% %spShoppers%? (have|has|are|is|were|was|had)? (currently|now|recently|already|just|also|all|been)? (currently|now|recently|already|just|also|been)? (checking out|checked out|looking at|looking for|interested in|viewing|viewed|looking|looked|watching|watched|eyeing|eyed|seeing|seen|browsing|browsed|visiting|visited|considering|eyeballing)',
    '(looked at|viewed|seen|visited|watched) %spCount% times',
    '%spCount% (page views|shoppers viewing|views|watchers|visitors) (in the last|in the past|right now|this week|in last|in past|per day|per hour|an hour|a day|today|now|currently|since)',
    '%spCount% (people|persons|users|shoppers|visitors|customers|others) (right now|now|today|currently) (viewing|looking|watching|browsing|eyeing)',
    '%spSomeone% .{0,8} (viewing|looking|watching|browsing|eyeing)',
    '(a|another) %spShopper% .{0,8} (viewing|looking|watching|browsing|eyeing)',
    '(viewed|seen|watched) by %spAbout%? %spCount% %spShoppers%',
    '%spCount% %spShoppers%? (is|are)? (currently|now|also)? checking (it|this) out',
    '(others|other shoppers|other people|other customers|other users|other buyers) (is|are)? (also|currently|now|all)? (viewing|looking at|watching|eyeing|considering|browsing)',
  ],
  unless: [FIRST_PERSON, PAGINATION],
  // A counter is never negated; "Don't let 'em get away! 9 people viewed this" still counts.
  noDefaultGuards: true,
  severity: 'warning',
  message: 'Reports how many other shoppers are looking, to make this one hurry.',
  why: 'A live count of other viewers is there to make people feel they are competing for the item. Whether to buy depends on what they need, not on who else is looking.',
  alternatives: [{ question: 'fit' }],
  examples: {
    flag: [
      '[[14 people are viewing]] this item right now.',
      '🔥 [[312 shoppers have looked]] at this in the last day.',
      'This listing was [[viewed 870 times]] this week.',
      '[[Someone in Perth is viewing]] this right now.',
      'Popular pick: [[Several people have recently viewed]] this bundle.',
      'Over [[1,200 customers viewed]] this jacket today!',
      "DON'T WAIT [[5 people have recently viewed]] this.",
      '[[Others are viewing]] this too: 6 shoppers right now',
      '[[17 people are checking this out]] right now',
    ],
    pass: [
      'Customers who viewed this item also viewed',
      'Recently viewed items',
      'Your 5 recently viewed items',
      'Top 10 most viewed products',
      'Viewing 1 - 24 of 300 products',
      'I looked at 3 other vendors before choosing this one.',
      'View in your room',
      'Customers who viewed this also viewed',
    ],
  },
});
