import { defineRule } from '../define-rule';

// Popups never speak in the first person or to "you"; reviews and order pages do.
const NOT_A_POPUP = /\b(i|i'm|i've|i'd|my|me|we|we've|our|you|your)\b/;
// "Someone on your team", "if someone buys", "customers who bought": not a purchase feed.
const NOT_A_FEED = /\b(if|when|whether|for|unless|once|every time) (someone|somebody|a customer|a shopper)\b|\b(someone|somebody|customers?|shoppers?) who\b|\bbought into\b/;
// "from the EU", "in store": the slot after in/from is a place name in a popup, not a function word.
// B2B purchases in call notes: "customer in Denver purchased 40 seats from a competitor".
const B2B = /\b(seats|licenses|licences|subscriptions|competitor|vendor|contract|renewal|plan|tier)\b/;
// Order history: "Buy again: Ordered 2 weeks ago", "Last ordered: 3 days ago".
const ORDER_HISTORY = /\b(again|last|first|originally|previously|item|items|order|orders|was|were|been|not|already)\W+(bought|purchased|ordered|booked)\b/;
const NOT_A_PLACE = /\b(in|from) (the|a|an|this|that|these|those|his|her|its|their|them|us|any|all|each|every|stock|store|stores|person|bulk|total|advance|addition|full|cash|installments|instalments|which|what|here|there|now|today|time|order|one|two|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b[^.!?]*\b(bought|purchased|ordered|booked)\b/;

export default defineRule({
  match: [
    '%spSomeone% .{0,10} (%spBuys%|grabbed|snagged|claimed|buying)',
    '(a|another) %spShopper% .{0,10} (%spBuys%|grabbed|snagged|claimed|buying)',
    '. (in|from) .{1,6} (%spBuys%|grabbed|snagged|claimed)',
    '^(in|from) .{1,6} (%spBuys%|grabbed|snagged|claimed)',
    // Popup text scraped without a space: "purchasedKTM Stand Plate".
    '%spSomeone% .{0,10} /^purchased./',
    '. (in|from) .{0,4} (states|kingdom|canada|australia|zealand|usa|uk|ireland|india|singapore|malaysia|philippines|germany|france) /^purchased./',
    // Someone did it: order history ("Buy again: Ordered 2 weeks ago", "Last ordered") has no buyer.
    '. [(%spBuys%|snagged|grabbed) .{0,18} (second|seconds|sec|secs|minute|minutes|min|mins|hour|hours|hr|hrs|day|days|week|weeks) ago]',
    '. [%spBuys% .{0,18} just now]',
    // A named popup with the place in brackets: "Grace L. (Seattle) just bought".
    '. [(just|recently) (bought|purchased|ordered|snagged|grabbed)]',
  ],
  // A popup's own words are never negated, so the negation guard only gets in the way.
  noDefaultGuards: true,
  unless: [NOT_A_POPUP, NOT_A_FEED, NOT_A_PLACE, B2B, ORDER_HISTORY, /\?\s*$/],
  severity: 'warning',
  message: 'A "someone just bought this" notice, to make the shopper feel they must keep up.',
  why: "A stream of strangers' purchases is social proof built to rush a decision. Whether it is right for this shopper has nothing to do with who bought it a minute ago.",
  alternatives: [{ question: 'fit' }],
  examples: {
    flag: [
      '[[Someone in Bristol, United Kingdom purchased]] a Linen Duvet Cover',
      '[[Maria in Austin, Texas just bought]] Walnut Desk Organizer',
      '[[Someone bought]]: Canvas Weekender Tote',
      '[[from Hobart, TAS just bought]] a Wool Throw',
      'Tom [[bought the Trail Runner 2 about 12 minutes ago]]',
      'Tom K. [[bought the Trail Runner 2 about 12 minutes ago]]',
      'Grace L. (Seattle) [[just bought]]',
    ],

    pass: ['- only 2 onsite trainers avail in Sept, rest booked', 
      'Very happy with my purchase, it arrived in two days.',
      'You purchased this item 3 days ago.',
      'Customers who bought this item also bought',
      'Buying for someone else? Add a gift note at checkout.',
      'Businesses in the EU buying from a business in the same country are also charged VAT.',
      'Items purchased in store can be returned online.',
      'Customer in Denver purchased 40 seats from a competitor.',
      'Ordered 2 days ago? Track it here.',
      'Buy again: Ordered 2 weeks ago',
      'Last ordered: 3 days ago',
    ],
  },
});
