import { defineRule } from '../define-rule';

// Popups never speak in the first person or to "you"; reviews and order pages do.
const NOT_A_POPUP = /\b(i|i'm|i've|i'd|my|me|we|we've|our|you|your)\b/;
// "Someone on your team", "if someone buys", "customers who bought": not a purchase feed.
const NOT_A_FEED = /\b(if|when|whether|for|unless|once|every time) (someone|somebody|a customer|a shopper)\b|\b(someone|somebody|customers?|shoppers?) who\b|\bbought into\b/;
// "from the EU", "in store": the slot after in/from is a place name in a popup, not a function word.
const NOT_A_PLACE = /\b(in|from) (the|a|an|this|that|these|those|his|her|its|their|them|us|any|all|each|every|stock|store|stores|person|bulk|total|advance|addition|full|cash|installments|instalments|which|what|here|there|now|today|time|order|one|two|january|february|march|april|may|june|july|august|september|october|november|december)\b[^.!?]*\b(bought|purchased|ordered)\b/;

export default defineRule({
  match: [
    '[%spSomeone% .{0,10} (just|recently)? (just|recently)? (bought|purchased|ordered|booked|grabbed|snagged|claimed|started buying|is buying|is checking out|checked out)]',
    '[. (in|from) .{1,6} (just|recently)? (bought|purchased|ordered|booked|grabbed|snagged|claimed)]',
    '[(bought|purchased|ordered|booked|snagged|grabbed) .{0,18} (/[0-9]/|a|an|a few|few|several) %spAgoUnit% ago]',
    '[(bought|purchased|ordered|booked) .{0,18} just now]',
    '[(our|the) (most)? (recent|latest|last) (customers|buyers|shoppers|orders|purchases) (are|were|came|come)? from]',
  ],
  unless: [NOT_A_POPUP, NOT_A_FEED, NOT_A_PLACE],
  severity: 'warning',
  message: 'A "someone just bought this" notice, to make the shopper feel they must keep up.',
  why: "A stream of strangers' purchases is social proof built to rush a decision. Whether it is right for this shopper has nothing to do with who bought it a minute ago.",
  alternatives: [{ question: 'fit' }],
  examples: {
    flag: [
      '[[Someone in Bristol, United Kingdom purchased]] a Linen Duvet Cover',
      '[[Maria in Austin, Texas just bought]] Walnut Desk Organizer',
      '[[Someone bought]]: Canvas Weekender Tote',
      'Tom K. [[bought the Trail Runner 2 about 12 minutes ago]]',
      '[[Our most recent customers are from]] Leeds, York and Hull',
    ],
    pass: [
      'Very happy with my purchase, it arrived in two days.',
      'You purchased this item 3 days ago.',
      'Customers who bought this item also bought',
      'Buying for someone else? Add a gift note at checkout.',
      'Businesses in the EU buying from a business in the same country are also charged VAT.',
      'Items purchased in store can be returned online.',
    ],
  },
});
