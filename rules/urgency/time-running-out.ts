import { defineRule } from '../define-rule';

/** "Time is running out", "the clock is ticking", "the window is closing", "only 3 days left to save". */
export default defineRule({
  match: [
    '(you are|we are) running out of time',
    '(time is|time\'s) (running|almost|nearly)? (short|up|low|ticking|out)',
    'time is %honest%? of the essence',
    '(your|the)? clock (is ticking|starts now|starts ticking|is running)',
    'on a (tight|short|ticking) clock',
    'clock\'s ticking',
    'the? clock (runs|is running|will run|run) out on (the|this|your|our) (intro|introductory|launch|current|special|founder)? %offerNoun%',
    // Starts at "there": a negator inside the match must not read as negating it.
    '[there is (not much|very little|little|hardly any) time %stLeft%] (for|to|on)',
    '(you have|you) %only% got? (until|till|til) %dueTime%',
    // "You've got 24 hours to grab it": the tokenizer reads "you have got".
    '(you have got|you have|you got) %only%? %stockNum%? more? (hours|hrs|days|minutes|mins|hour|day) left? to (grab|claim|get|lock|sign|decide|take advantage|order|buy|redeem|save|commit|accept|act|secure)',
    '(the|this)? window (of opportunity)? (is closing|is about to close|is shrinking|is almost closed)',
    '%only% a? %stockNum% more? (days|hours|minutes|hrs|mins|weeks) (%stLeft%|to go)',
    'a? %stockNum% (days|hours|minutes|hrs|mins) %stLeft% to (save|get|claim|order|buy|sign|lock|grab|shop|enjoy|take advantage|redeem|register|enroll|decide)',
    '(time|days|hours) (is|are) (almost|nearly) up',
    '^[/^[0-9]+$/ (days|hours|hrs|day|hour) %stLeft%]',
  ],
  unless: ['reported', 'buyer-deadline', /\b(we|you|i)( are|'re| am) running out of (ideas|steam|space|room)\b/, /\brunning out of time (on|in|for) (this|the|our|today's) (call|meeting|demo|session)\b/, /\b(your|their) (free )?(runway|trial|pilot|contract)\b(?! (discount|offer|pricing|price|rate|deal|promo))/, /\bleft (in|on) (the|this|our) (call|meeting|demo|agenda|session)\b/],
  severity: 'strong',
  message: 'Says time is running out, to push a fast decision.',
  why: 'A ticking clock pulls attention from whether this is right to whether it is late. Ask about their timing instead, and let the decision keep its own pace.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: ['[[The clock starts now]]: 72 hours to accept.', 'We are [[on a tight clock]] with this pricing.', '[[Time is really of the essence]] here.', '[[Time is running out]] on the launch discount.', 'OFFER ENDS IN: 00:32:04 [[TIME IS RUNNING OUT]]!', 'Just a reminder, [[the clock is ticking]].', 'There are [[only 3 days left]] at this price.', '[[2 days left to save]] on annual plans.', '[[Clock\'s ticking]] on this quote.', '[[You\'ve got 24 hours to grab]] the founder rate.', '[[Time\'s running out]] on your trial discount.', '[[The clock runs out on the intro rate]] Sunday.', '[[There isn\'t much time left]] on this offer.', '[[You\'ve only got till Friday]] on this one.'],
    pass: ['The clock starts now on your free trial, enjoy.', 'We have 10 minutes left on the call, any last questions?', 'Your pilot has 3 days left, so let us review results Friday.', 'We are running out of ideas for the name, any thoughts?', 'You have 30 days to cancel for a full refund.', 'Time\'s running out on your trial, so here is how to export your data.', 'There is not much time left on the call, so I will send the rest by email.'],
  },
});
