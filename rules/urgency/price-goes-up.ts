import { defineRule } from '../define-rule';

/** "Prices go up on the 1st", "act before the price increase", "rates rise next month". */
export default defineRule({
  match: [
    '(price|pricing|rate) (increase|hike|rise) .{0,5} (get|sign|lock|be) .{0,2} before',
    '(%priceWord%|cost|costs|fee|fees) (go|goes|going|will go|are going|is going|will be going) back? up',
    '%priceWord% (is|are|will be) (increasing|rising|going up|changing|jumping)',
    '%priceWord% .{0,3} (revised|adjusted|moved|raised) (upward|upwards)',
    '%priceWord% (increase|increases|rise|rises|will increase|will rise|go up|goes up) by? /^[0-9][0-9.]*%$/',
    '(%priceWord%|cost|costs|fee|fees) (will|are going to|is going to|are about to|is about to) (increase|rise|change|jump|double|climb)',
    '(%priceWord%|fee|fees) (increase|increases|rise|rises|jump|jumps|climb|climbs|double|doubles|change|changes|go up|goes up) (on|in|after|at|from|starting)? %dueTime%',
    'before (the|our|a|any)? (upcoming|coming|planned|scheduled|next)? %priceWord% (increase|increases|hike|hikes|rise|rises|change|changes|goes up|go up|go|goes|jump|jumps)',
    '(price|pricing|rate) (increase|hike|change) (kicks in|takes effect|is coming|hits|lands|goes live)',
    'uplift (kicks in|takes effect|applies|hits|lands|goes live|comes in)',
    '%priceWord% (rises|rise|goes up|go up|increases|increase|jumps|jump|doubles|changes) in %stockNum% (days|hours|minutes|hrs|mins|weeks|day|hour|week)',
    '(we are|we will be|we plan to be) (raising|increasing|hiking|changing) (the|our)? (price|prices|pricing|rates)',
    // The cut-off told as what comes after it: "a one-week window, after which the old rates apply".
    '(after which|after that|otherwise) (the|our)? (old|full|standard|list|regular|normal|higher|new) %priceWord% (apply|applies|kick in|kicks in|return|returns|resume|resumes|come back)',
    // A day-first date: "prices rise 8% on 1 March".
    '%priceWord% (increase|increases|rise|rises|jump|jumps|goes up|go up) .{0,2} (on|from|after|in|starting) /^[0-9][0-9]?$/ %dueTime%',
  ],
  unless: ['reported', 'buyer-deadline', /\byour (rate|price|pricing|discount|plan) (is|stays|remains|will stay|will remain) (locked|protected|the same|unchanged|fixed|grandfathered)\b/, /\bprices? subject to change\b/, /\b(your|their) (prices|pricing|rates|costs|customers'? prices)\b/, /\b(if|when|as) (your|their) (costs?|prices?)\b/],
  severity: 'strong',
  message: 'Warns of a coming price rise to push a fast decision.',
  why: 'A looming price rise pushes the buyer to decide on the seller\'s calendar. If a change is real, share it early and plainly, and help them decide what timing is right for them.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: [ 'Heads up, the platform [[fee doubles in January]].',
      'Two more days, [[after which the standard rates apply]].','- renewal: said the [[uplift kicks in]] 1/1 unless they sign', 'After that, the [[rate card will be revised upward]].', '- [[rate hike in March, lock them in before]]',  'Our list [[price rises 8% on 1 March]], just so you know.','Heads up: [[prices go up on the 1st]].', 'Act now [[before the price increase]] kicks in.', 'Our [[pricing increases next month]], so worth deciding soon.', 'Sign soon, the [[price increase takes effect]] in April.', '[[Price rises in 3 days]] 2 hrs'],
    pass: [
      'After that, the standard onboarding steps apply.','The uplift in conversions was 12% after the pilot.', 'Revenue forecasts were revised upward after the audit.', 'Pricing is changing in May for new accounts; your rate stays the same.', 'Prices subject to change without notice.', 'If your costs go up, the model adjusts.', 'Our price did not change last year.'],
  },
});
