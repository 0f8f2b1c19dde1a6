import { defineRule } from '../define-rule';

/** Checkout timers: "Cart will expire in 04:53 minutes", "Your order is reserved for 09:35". */
export default defineRule({
  match: [
    '[(cart|basket|reservation|order|items|item|seat|seats|spot|hold|session|tickets) (will|is going to|is about to)? (expire|expires|expiring|be released|is released|times out|time out) (in|within)?] %timerToken%?',
    '(reserved|held|holding|hold|saved|save) (for|during) (the next)? %timerToken%',
    '(reserved|held|holding|hold|saved|save) (for|during) (the next)? /^[0-9]+$/ (minutes|mins|min|hours|hrs|seconds)',
    '(cart|basket|order|items|item|seat|spot|tickets|reservation) (is|are) only? (reserved|held|saved) (for|until) %timerToken%?',
  ],
  unless: ['reported', /\b(room|table|meeting|call|conference room) (is |was )?(reserved|booked|held) for\b/, /\b(your|their) (session|password|link|login|token)\b/],
  severity: 'warning',
  message: 'A checkout timer that threatens to release the order.',
  why: 'A cart that expires turns a purchase into a race against a clock the shop set. Buyers deserve time to check that it is the right choice.',
  alternatives: [{ question: 'clarity' }],
  examples: {
    flag: ['[[Cart will expire in]] 04:53 minutes!', 'Your [[order is reserved for 09:35]] minutes!', 'Items [[reserved for 15:00]]', 'Due To HIGH Demand, [[Cart Expires In]]: 08:41', 'We are [[holding for 10 minutes]] the seat you picked.'],
    pass: ['The conference room is reserved for 10:30 on Thursday.', 'Your session expired, so please log in again.', 'I saved the deck for you in the shared folder.'],
  },
});
