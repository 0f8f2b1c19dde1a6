import { defineRule } from '../define-rule';

/** A countdown in words: "Offer ends in 15hrs 1min", "00 DAYS 00 HOURS 29 MINUTES 26 SECONDS". */
export default defineRule({
  match: [
    '%timerEnds% (in|within)? %timerToken%',
    '%timerEnds% (in|within)? /^[0-9]+$/ %timerUnit% /^[0-9]+$/? %timerUnit%? /^[0-9]+$/? %timerUnit%? /^[0-9]+$/? %timerUnit%?',
    '%timerEnds% in /^[0-9]+$/ /^[0-9]+$/',
    '/^[0-9]+$/ (minutes|minute|mins|min|m) /^[0-9]+$/? /^[0-9]+$/ (seconds|second|secs|sec|s)',
    '/^[0-9]+$/ (days|day) /^[0-9]+$/? /^[0-9]+$/ (hours|hour|hrs|hr|h) /^[0-9]+$/? /^[0-9]+$/ (minutes|minute|mins|min|m)',
    '/^[0-9]+$/ (hours|hrs|hr|h) /^[0-9]+$/? /^[0-9]+$/ (minutes|mins|min|m) /^[0-9]+$/? /^[0-9]+$/ (seconds|secs|sec|s)',
    '/^[0-9]+days[0-9:]+$/ %stLeft%',
    '(time|timer) (%stLeft%|is running|runs|is ticking)',
    '%timerToken% %stLeft%',
    '(ends|expires|ending|expiring) at (midnight|/^[0-9][0-9]?[ap]m$/|/^[0-9][0-9]?:[0-9][0-9][ap]?m?$/)',
    '(sale|offer|deal|discount|timer) (ends|expires|ending) once the timer',
    '(pending|hurry|quick|ends|expires|countdown|timer) .{0,3} /^[0-9][0-9]?:[0-9][0-9]:[0-9][0-9]$/',
  ],
  unless: [/\boffer letters?\b/, 'reported', /\b(password|reset|verification|login|log-in|sign-in|sign in|magic|invite|invitation|access|confirmation) (email|link|code|token)s?\b|\b(link|token|otp)s? (expires?|will expire)\b/, /\b(call|meeting|demo|webinar|session|workshop|presentation|flight|drive|lunch|office|store|shift|event|class|support|conference|keynote|trial)\b[^.]*\b(ends|left|remaining|over)\b/, /\btime (left|remaining) (on|in) (the|this|our|your) (call|meeting|agenda|demo)\b/],
  severity: 'warning',
  message: 'A countdown that pressures the decision.',
  why: 'A ticking clock is built to cut thinking short. The buyer should decide because it fits their needs, not because a timer says so.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: ['Offer [[ends in 15hrs]] 1min 56sec!', '[[00 DAYS 00 HOURS 29 MINUTES]] 26 SECONDS', '[[Time remaining]]: 04:50',
      '25% OFF [[ENDS IN 00 : 12]] : 27 : 15 DAYS HRS. MIN. SEC.', '[[3Days01:49:51 Left]]', 'Discount [[pending $10 OFF 00:30:00]]', 'HURRY! [[ENDS IN 11 HRS 20 MIN 13 SEC]]', 'Only [[04:59 left]] to claim your discount', 'Deal of the day, [[ends at 11:59pm]]'],
    // Units glued to the digits leave no plain word for the prefilter to anchor on.
    knownMisses: ['[[00DAYS05HOURS41MINUTES09SECONDS]]', 'Free gift [[02Days 11Hrs 05Mins 40Secs]]'],
    pass: ['The offer letter for your new hire expires in 48 hours, congrats.', 'The call ends in 10 minutes, so I will send notes after.', 'We have time left on the agenda for questions.', 'Setup took 2 hours 30 minutes last time.', 'The password reset email expires in 15 minutes.', 'Our office closes early and support ends at 5pm on Fridays.'],
  },
});
