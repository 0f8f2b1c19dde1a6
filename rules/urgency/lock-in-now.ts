import { defineRule } from '../define-rule';

/** "Lock in now", "lock in the current rate before…", "secure this price today". */
export default defineRule({
  match: [
    '(lock|locking) (in|it in|this in|that in|them in) (the|this|your|our|today\'s)? (current|special|launch|discounted|low|lower)? (rate|price|pricing|discount|deal|offer|terms|savings)? (now|today|tonight|while|before|asap|this week)',
    '(lock|locking|secure|securing|grab|grabbing) in? (the|this|your|our|today\'s) (current|special|launch|discounted|low|lower|early bird) (rate|price|pricing|discount|deal|offer|terms|savings) (now|today|tonight|while|before)?',
    '(secure|grab|claim|get) (yours|your spot|your seat|your place|your discount|it|one|them) (now|today|tonight)',
  ],
  unless: ['reported', 'buyer-deadline', /\b(if|whenever|when) (you|it) (want|wants|would like|decide|are ready|is right)\b/],
  severity: 'warning',
  message: 'Urges them to lock in now, before something is lost.',
  why: '"Lock it in now" frames waiting as a loss. The buyer is better served by knowing what stays open to them while they decide.',
  alternatives: [{ rewrite: 'choose the plan that suits you' }, { question: 'concerns' }],
  examples: {
    flag: ['Prices go up on the 1st, so [[lock in now]].', 'Before it is too late, [[lock in the current rate]].', 'Only 2 left, [[get yours today]]!', 'LOW IN STOCK!! [[GET YOURS NOW]]'],
    pass: ['If you want, we can lock in the current rate once your budget is approved.', 'We locked in the integration scope last week.', 'Get your team together and we can walk through it.'],
  },
});
