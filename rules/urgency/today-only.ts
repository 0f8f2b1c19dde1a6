import { defineRule } from '../define-rule';

/** "Today only", "this weekend only", "for the next 48 hours only", "one day only". */
export default defineRule({
  match: [
    '(today|tonight|this week|this weekend|this month|this quarter|eoq|eom|eow|one day|1 day|two days|three days|this friday|one week|24 hours|48 hours|72 hours|24 hrs|48 hrs|weekend|weekends) only',
    '%only% (today|tonight|this week|this weekend|until midnight|until tonight|until tomorrow|until friday|for today|for tonight|for 24 hours|for 48 hours|for 72 hours)',
    '%only%? (for|during) the next /^[0-9]+$/ (hours|days|hrs) only?',
    '(one|two|three|/^[0-9]+$/) (day|hour|hr) only? (flash sale|sale|deal|offer|discount|window|price|pricing|event)',
  ],
  unless: ['reported', /\b(only|just) (today|tonight|this week) (i|we|you|they) (realized|learned|heard|found|noticed|saw)\b/, /\b(only|just) today (is|was)\b/, /\bfor the next [0-9]+ (hours|days) (i|we)('ll| will) be\b/],
  severity: 'strong',
  message: 'Limits the offer to today or a few hours, to push a fast decision.',
  why: 'An offer that exists "today only" asks the buyer to decide before they have thought it through. A choice that is good for them will still be good next week.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: ['- told procurement the Q3 promo is [[EOQ only]]', '[[Today only]]: 40% off the annual plan.', 'The onboarding credit is [[this week only]].', 'I can offer this [[for the next 48 hours]].', 'Join our [[24-hour sale]] on all kits.'],
    pass: ['Only today I realized the export was broken, sorry.', 'I am only in the office today, so I will call tomorrow.', 'For the next 2 days I will be traveling, so replies may be slow.'],
  },
});
