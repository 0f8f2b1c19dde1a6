import { defineRule } from '../define-rule';

/** "72% claimed", "894 Claimed!", "85% of seats taken": a progress bar toward sold out. */
export default defineRule({
  match: [
    '/^[0-9][0-9.,]*%$/ of? the? (offers|deals|seats|spots|slots|tickets|units|items|stock|coupons|codes|places|licenses)? (claimed|sold|booked|taken|filled|gone|reserved|redeemed|full)',
    '/^[0-9][0-9,]*$/ (claimed|sold|redeemed)',
    '(already|almost|nearly) /^[0-9][0-9.,]*%$/ (claimed|sold|booked|taken|filled|gone|reserved|redeemed|full)',
    '/^[0-9][0-9.,]*%$/ %stLeft%',
  ],
  unless: ['reported', /\b[0-9][0-9,.]*%? (of [a-z ]+ )?((sold|claimed|redeemed|taken|filled) (to|by|in|for|through|over|since|the|their|its|internally)|booked (by|since|internally))\b/],
  severity: 'warning',
  message: 'Shows how much is already claimed, to hurry the decision.',
  why: 'A "claimed" meter tells the buyer the window is closing because of other people. Their decision deserves to rest on their own needs.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: [ 'Heads up, we are [[90% booked]] for Q3.', 'Our install calendar is [[85% booked]] through August.',
      'The winter intake is [[80% full]] already.','[[82% offers claimed]]. Hurry up!', '[[1,204 claimed]]! Only a few to go.', 'The cohort is [[90% booked]] already.', 'Hurry, [[35% left]]!'],
    pass: [ '80% of seats booked by enterprise customers last year.','About 40% of teams sold the idea internally with our ROI sheet.', 'We reduced churn by 12% for a similar team.', '300 sold to hospitals in your region over five years.'],
  },
});
