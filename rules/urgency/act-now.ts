import { defineRule } from '../define-rule';

/** "Act now", "act fast", "don't wait", "don't delay", "be quick", "get in quick". */
export default defineRule({
  match: [
    'act (now|fast|quickly|quick|today|immediately|soon|before)',
    'do not (wait|delay|snooze)',
    'do not wait too long',
    'do not (sit|sleep) on (it|this)',
    'do not hesitate to (sign|buy|order|act|commit|decide|grab|secure)',
    'waste no time',
    'no time to (waste|lose)',
    '(be|get in) (quick|quickly)',
    'move (fast|quickly)',
    '%dueBuy% (now|today) (before|while|and save|to save|to get|to lock|to secure|to claim|to keep)',
    '(buy|order) (soon|asap|right away|immediately)',
    'why wait',
    '(now is|now\'s) the (time|moment) to (buy|sign|act|lock|commit|decide|move|upgrade|order|grab|get on board|jump in)',
    'no better time (than now|than today|to buy|to sign|to act|to lock|to commit|to upgrade|to order)',
    'jump on (it|this) (now|today|before|while|quickly|fast)',
    'strike while the iron is hot',
  ],
  noDefaultGuards: true,
  unless: ['reassurance', 'reported', /\b(do not|don't) wait (for|on|up) (me|us|my|our)\b/, /\b(no|not a|isn't a) (need|reason) to\b/, /\b(move|moving|moved) (fast|quickly) (on|with) (your|our|the|their)\b/, /\bif you (want|need|prefer|'d like|would like) to (move|act) (fast|quickly)\b/, /\b(you|we) (don't|do not|didn't|won't) (have|need) to\b/, /\b(should|will|would|it'll|it's|it is|that's|that is|usually|always) be (quick|quickly)\b/],
  severity: 'warning',
  message: 'Tells them to act now rather than decide when ready.',
  why: 'Telling a buyer to act now asks them to skip the thinking that makes a decision good for them. Invite them to take the time they need, and ask what is still open.',
  alternatives: [{ rewrite: 'take a look when it suits you' }, { question: 'concerns' }],
  examples: {
    flag: ['[[Act now]] before the price increase kicks in.', 'The deal ends at 5pm, [[don\'t wait]].', '[[BE QUICK]] 00:57:33', '[[Don\'t snooze]], only 1 left', 'Only 1 left in stock! [[Order soon]]!'],
    pass: ['There is only a little data, so the import should be quick.', 'Don\'t wait for me to send the notes, go ahead and start.', 'There is no need to act quickly here.', 'You don\'t have to act now; take the time you need.'],
  },
});
