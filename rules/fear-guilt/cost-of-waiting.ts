import { defineRule } from '../define-rule';

/** Loss painted as the price of hesitating: "if you wait, you'll lose even more revenue". */
export default defineRule({
  match: [
    'you (are going to|will just keep|will keep|are just|will|are) (lose|losing|bleed|bleeding|leave|leaving|throw|throwing|burn|burning|hemorrhage|hemorrhaging) away? even? more? %fgLoss%',
    'you (are going to|will just keep|will keep|will|are)? (leave|leaving) money on the table',
    'every (day|week|month|hour|minute|quarter) (without our platform|without our product|without our solution|without our tool|you hold off|without a fix|you wait|you delay|you hesitate|without this|without us|without it) (you are losing|is costing|you lose|costs|means|loses|is)',
    'the (longer|more) you (put this off|hold off|wait|delay|hesitate),? the (more|worse|bigger|higher)',
    'you (can not|can\'t|cannot) afford (to take that risk|to say no|to ignore this|to hold off|to wait|not to|to pass|to delay|to miss|to gamble|to risk)',
    '(can|could) you (really|honestly)? afford another (quarter|year|month|outage|breach|miss|audit|incident|failure|loss|bad quarter|week)',
    '(can|could) you (really|honestly)? afford (to take that risk|to say no|to wait|not to|to ignore|to gamble|to lose)',
    '(do|would) you (really|honestly)? want to (risk|gamble|bet)',
    'you (are|\'re) (risking|gambling with|gambling|betting) (your|the|everything)',
    '(are|would) you really? (willing|prepared|ready) to (risk|gamble|bet)',
    '(it is|it\'s)? (only|just) a matter of time (before|until) (you|your)',
    'you (are|\'re) (only|just)? (a single|one) (bad day|breach|outage|audit|mistake|lawsuit|incident|fine|crash|hack|failure|click) away from',
    '(do|would) you (really|honestly)? want to take (that|the|this|such a) (risk|chance|gamble)',
    'you (will|are going to|could|might|would) lose your (biggest|best|top|largest|key|most important|main)? (account|accounts|customer|customers|client|clients|deal|deals|people|team|edge|business|market share|contracts|contract)',
    // Harm pinned on the delay: "your team fell behind because you hesitated".
    '(happened|happens|goes wrong|went wrong|breaks|broke|fails|failed|suffers|suffered|fell behind|falls behind|fall behind|lose out|lost out|pays the price|paid the price) .{0,5} because (you|your team) (waited|hesitated|delayed|held off|stalled|dragged your feet|said no|passed|did not act|were slow|chose to wait)',
  ],
  unless: ['buyer-raised', 'reported', 'negated'],
  noDefaultGuards: true,
  severity: 'warning',
  message: 'Frames waiting as a loss to scare the buyer into deciding now.',
  why: 'A fear appeal pushes people to act before they have weighed it. If there is a real cost, quantify it with them and let them decide what it means.',
  alternatives: [{ rewrite: 'it may be worth looking at what the delay costs your team' }, { question: 'outcome' }],
  examples: {
    flag: [
      'If you wait, [[you’ll lose even more revenue]].',
      '[[Every day you wait costs]] you another missed renewal.',
      '[[You can’t afford to wait]] on this.',
      'IF YOU DON\'T FIX THIS NOW [[YOU WILL LOSE YOUR BIGGEST ACCOUNT]]',
      '[[Can you really afford another quarter]] like the last one?',
      'It would be a shame if your team [[fell behind because you hesitated]].',
      'I would feel terrible if something [[happened to your data because you waited]].',
      'Without a backup plan, [[it’s only a matter of time before you]] lose data.',
      '[[Do you really want to risk]] another audit finding?',
      'Right now [[you’re leaving money on the table]].',
      '[[Every day without our platform is]] another lost customer.',
      '[[Do you really want to take that risk]] with patient data?',
    ],
    pass: [
      'You mentioned you are losing two days a month to reconciliation.',
      'Last quarter you told us churn was your biggest worry.',
      'We can look at what the current process costs, if that is useful.',
      "You won't lose any data during the migration.",
      'The rollout went smoothly because you waited for the security review.',
      'You might lose your admin settings if you reinstall, so export them first.',
    ],
  },
});
