import { defineRule } from '../define-rule';

/** "Almost sold out", "these licenses are selling out", "will sell out": a sell-out forecast. */
export default defineRule({
  match: [
    '(almost|nearly|practically|virtually|close to being) sold out',
    '(almost|nearly|close to|about to|expected to|likely to|going to|sure to|bound to|will|could|may) (sell|selling) out',
    '(is|are|were|keep|keeps|been) selling out',
    '(sell|sells|selling) out (fast|quickly|soon|quick|in no time|every time)',
    '(sellout|sell out|selling out) risk',
    '^[(almost|nearly) gone]',
    '(once|when|before|after) .{1,4} (sell|sells) out',
    '(sells|sell|will sell|could sell|might sell|may sell) out before (you|your)',
    '(always|usually|often|typically|regularly|reliably) (sell|sells) out',
    '(once|when|after) (the|our|these|those) .{0,2} %stockCounted% (is|are) (taken|gone|claimed|sold|booked|filled|spoken for)',
    '^[selling out]',
    '(is|are|it is|they are|stock|seats|spots|stock is) [(almost|nearly|practically) gone]',
  ],
  unless: ['reported', /\bsold out (of|our) (the )?(conference|venue)\b/],
  severity: 'warning',
  message: 'Predicts a sell-out to hurry the decision.',
  why: 'A sell-out forecast asks the buyer to decide before they have weighed it. If availability is a real constraint, say what is true and help them plan around it.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: ['These licenses [[are selling out]] quickly.', 'Hurry! [[Almost Sold Out]]...', 'The workshop [[will sell out]], so book early.', '[[ALMOST GONE]] - grab yours.', 'Grab a seat [[before they sell out]].', 'Grab one [[before the launch bundles sell out]].', '[[Once the remaining 10 licences sell out]], the price doubles.', 'The summit may well [[sell out before you]] decide.', 'These tickets [[always sell out]], so do not wait.', '[[Once these five seats are taken]], the cohort is closed.'],
    pass: ['Sold out', 'Once your seats are assigned, people get an invite.', 'Home + Tech Almost Gone', 'The conference sold out last year, per their team.'],
  },
});
