/**
 * Lexicon macros for the scarcity and urgency rules (see rules/lexicon.ts). Names are
 * prefixed by what they describe (stock…, due…, offer…, timer…) so they never clash with the
 * other families' macros. Regex terms hold no `|` or `(`: compromise's parser breaks on them.
 */
export const WORDS: Record<string, string> = {
  // How many are "left": digits (16,531 and 23.5 too), small number words, vague few-words.
  // Single tokens only (patterns write `a? %stockNum% (of|more)?`), so the prefilter stays selective.
  stockNum: '/^[0-9][0-9,.]*$/|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple|handful|single|dozen',

  // What a seller says is running out: seats and slots in sales, units and items on shop pages.
  // "item(s)" and "unit(s)" reach the matcher as one token, "item(s".
  stockNoun:
    'spot|spots|seat|seats|slot|slots|place|places|license|licenses|licence|licences|unit|units|/^unit.s$/|item|items|/^item.s$/|piece|pieces|opening|openings|invite|invites|invitation|invitations|space|spaces|pair|pairs|deal|deals|offer|offers|ticket|tickets|copy|copies|product|products|kit|kits|bundle|bundles|allocation|allocations|partnership|partnerships|pilot|pilots|stock|stocks|room|rooms|box|boxes|bottle|bottles|size|sizes|style|styles|coupon|coupons|voucher|vouchers|membership|memberships',

  // Words between a count and the thing counted: "3 pilot spots", "two more seats".
  stockAdj:
    'more|extra|additional|pilot|beta|onboarding|founder|founders|legacy|early access|implementation|launch|founding|partner|design partner|training|workshop|demo|vip|free|discounted|premium|enterprise|trial|starter|early bird|early-bird|spring|summer|fall|autumn|winter|holiday|new|sale|clearance|consulting|coaching|kickoff|kick-off|event|conference|webinar|cohort',

  // The "left" of a supply claim; "still available", "in stock", "up for grabs" are written in the patterns.
  stockLeft: 'left|remaining|remain|remains|available|open|unclaimed|unsold|unbooked|unreserved',

  // The strict set for "the last few …" claims, where "deals", "items" or "sessions" would be ordinary talk.
  stockUnit:
    'spot|spots|seat|seats|slot|slots|unit|units|license|licenses|licence|licences|opening|openings|invite|invites|ticket|tickets|pair|pairs|piece|pieces|kit|kits|copy|copies|allocation|allocations',

  // Countable things a seller can claim are nearly gone, for patterns that allow a few free words
  // before the noun ("only one dedicated CSM opening left"): no "deal", "offer" or "session",
  // which are ordinary talk.
  stockCounted:
    'spot|spots|seat|seats|slot|slots|unit|units|license|licenses|licence|licences|opening|openings|invite|invites|invitation|invitations|ticket|tickets|pair|pairs|piece|pieces|kit|kits|copy|copies|allocation|allocations|bundle|bundles|pass|passes|place|places|position|positions|box|boxes|bottle|bottles|item|items|product|products|membership|memberships|room|window|windows|date|dates|package|packages',

  // Whom a seller's capacity is counted in: "room for two more [rollouts]".
  stockTaker:
    'customer|customers|client|clients|team|teams|company|companies|account|accounts|partner|partners|implementation|implementations|migration|migrations|project|projects|rollout|rollouts|deployment|deployments|onboarding|onboardings|engagement|engagements|install|installs|clinic|clinics|school|schools|site|sites|practice|practices|firm|firms',

  // Ways to say "the supply" in "stock is limited", "seats are running low".
  stockSubject:
    'stock|stocks|inventory|supply|supplies|availability|quantity|quantities|capacity|space|spaces|seating|seats|spots|slots|places|units|items|licenses|licences|room|openings|tickets|invites|allocation',

  // What a deadline is put on: the offer, the price, the deal.
  offerNoun:
    'price lock|rate lock|promo code|coupon code|discount code|voucher code|offer|offers|deal|deals|discount|discounts|pricing|price|prices|promotion|promotions|promo|promos|sale|sales|savings|rate|rates|coupon|coupons|voucher|vouchers|bonus|special|incentive|incentives|bundle|package|concession|launch pricing|intro pricing|introductory pricing|early bird|early-bird',

  // When a manufactured deadline falls: near, named, or a clock time.
  dueTime:
    'today|tonight|tomorrow morning|tomorrow|tmrw|tmw|tmrw night|2morrow|now|asap|midnight|noon|eod|eow|eom|eoq|cob|close of business|friday|monday|tuesday|wednesday|thursday|saturday|sunday|this week|this weekend|this month|this quarter|next week|the weekend|end of day|end of the day|the end of the day|end of business|the end of business|end of business today|eob|close of play|end of play|end of week|end of the week|the end of the week|end of month|end of the month|the end of the month|end of quarter|end of the quarter|the end of the quarter|end of year|end of the year|the end of the year|quarter end|quarter-end|month end|year end|the 1st|the first|/^[0-9][0-9]?[snrt][tdh]$/|the /^[0-9][0-9]?[snrt][tdh]$/|/^[0-9][0-9]?[ap]m$/|/^[0-9][0-9]?:[0-9][0-9][ap]?m?$/|the deadline|next monday|next tuesday|next wednesday|next thursday|next friday|next month|next quarter|this friday|this monday|this saturday|this sunday|this tuesday|this wednesday|this thursday|/^[0-9][0-9]?.[0-9][0-9]?$/|/^[0-9][0-9]?.[0-9][0-9]?.[0-9]+$/|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|/^q[1-4]$/|the end of q1|the end of q2|the end of q3|the end of q4|the end of this month|end of this month|the end of this week|end of this week|the end of this quarter|end of this quarter|fri|thurs|thur|thu|tues|tue|wed|weds',

  // The offer as one word, for patterns with free words before it ("the early-renewal discount"):
  // a wildcard cannot be followed by a group that holds phrases.
  offerWord:
    'offer|offers|deal|deals|discount|discounts|pricing|price|prices|promotion|promotions|promo|promos|sale|savings|rate|rates|coupon|coupons|voucher|vouchers|bonus|special|incentive|incentives|bundle|package|credit|code|codes|markdown|markdowns|quote|quotes|disc|proposal|rebate|protection|waiver',

  // How a seller says an offer dies: "this discount evaporates", "the terms are off the table".
  offerGone:
    'expires|expire|ends|end|closes out|close out|winds down|wraps up|closes|close|shuts|stops|stops working|will stop working|disappears|disappear|goes away|go away|evaporates|evaporate|vanishes|vanish|self destructs|self destruct|lapses|lapse|will lapse|will be discontinued|is discontinued|will expire|drops off|drop off|falls away|dies|is gone|are gone|will be gone|is off the table|are off the table|will be off the table|comes off the table|come off the table|goes off the table|is pulled|gets pulled|will be pulled|is withdrawn|will be withdrawn|is being withdrawn|is being pulled|reverts|goes back to full|goes back to list|go back to full|resets|sunsets|sunset|finishes|is finishing|is going away|are going away|turns into a pumpkin|is void|becomes void|will be void|is invalid|is no longer valid|will no longer be valid',

  // The preposition before a deadline: "expires [on] Friday".
  offerAt: 'at|on|by|in|after|past|come',

  // The decision a deadline is put on.
  // Single words, so the prefilter stays selective; phrases live in dueCommitPhrase.
  dueCommit:
    'sign|signs|signed|commit|decide|buy|purchase|order|lock|finalize|finalise|approve|upgrade|renew|claim|redeem|checkout|secure|grab',
  dueCommitPhrase: 'move forward|go ahead|say yes|pull the trigger|close the deal|sign off|check out',

  // What a seller "holds" until a date (urgency/hold-price-until): its qualifier, the thing held,
  // the same with a seat, and what it is said of.
  dueHeldAdj: 'current|special|launch|discounted|quoted',
  dueHeldWhat: 'price|pricing|rate|discount|deal|offer|terms|quote|numbers|rates|prices',
  dueHeldSeat: 'price|pricing|rate|discount|deal|offer|terms|quote|spot|slot|seat',
  dueHeldThis: 'this|the|that|these|our|it|them|your|today\'s',
  // The reply a deadline asks for: "respond by Friday or…".
  dueReply: 'respond|reply|confirm|sign|decide|commit|answer|order|book|buy|register|let me know|let us know|get back to me|get back to us',

  // A hedge before a supply word: "[fairly] limited".
  stockHedge: 'kind of|sort of|a bit|a little|fairly|somewhat|rather|super|very|extremely|really|quite|pretty|severely|strictly',

  timerEnds: 'ends|ending|expires|expire|expiring|closes|closing',
  dueBuy: 'buy|order|shop|book|sign up|register|grab one|grab it|get it|get one|enroll|reserve',
  dueSignedWhat: 'this|it|the contract|the agreement|the order form|the paperwork|everything',
  dueCannot: 'can not|cannot|will not|is not able to|am not able to|are not able to|will not be able to|not be able to|be unable to|are unable to|am unable to',
  // What a seller says it can hold a price or a seat for.
  dueHold: 'hold|honor|honour|keep|guarantee|offer|extend|promise',
  dueAnswer: 'decision|answer|commitment|signature|sign off|verbal|go ahead|green light',
  // A countdown's clock: "09:35", "0:30:00", "15hrs", "16h", "59m", "06s".
  timerToken:
    '/^[0-9][0-9]?:[0-9][0-9]/|/^[0-9]+h$/|/^[0-9]+hrs?$/|/^[0-9]+hours?$/|/^[0-9]+m$/|/^[0-9]+mins?$/|/^[0-9]+minutes?$/|/^[0-9]+s$/|/^[0-9]+secs?$/|/^[0-9]+days?$/|/^[0-9]+d$/',

  // Units a countdown counts in.
  timerUnit: 'days|day|hours|hour|hrs|hr|h|minutes|minute|mins|min|m|seconds|second|secs|sec|s',
};
