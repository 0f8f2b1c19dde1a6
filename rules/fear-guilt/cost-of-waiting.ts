import { defineRule } from '../define-rule';

/** Loss painted as the price of hesitating: "if you wait, you'll lose even more revenue". */
export default defineRule({
  match: [
    'you (will|are going to|are|will keep|will just keep|are just) (lose|losing|bleed|bleeding|leave|leaving|throw|throwing|burn|burning|hemorrhage|hemorrhaging) away? even? more? %fgLoss%',
    'you (will|are going to|are|will keep|will just keep)? (leave|leaving) money on the table',
    'every (day|week|month|hour|minute|quarter) (you wait|you delay|you hold off|you hesitate|without this|without us|without it|without a fix) (costs|is costing|means|you lose|you are losing|loses)',
    'the (longer|more) you (wait|delay|hold off|hesitate|put this off),? the (more|worse|bigger|higher)',
    'you (can not|can\'t|cannot) afford (to wait|not to|to say no|to pass|to delay|to ignore this|to miss|to hold off|to gamble|to take that risk|to risk)',
    '(can|could) you (really|honestly)? afford (to wait|not to|to take that risk|to ignore|to gamble|to say no|to lose)',
    '(do|would) you (really|honestly)? want to (risk|gamble|bet) (it|that|your|on)',
    '(are|would) you really? (willing|prepared|ready) to (risk|gamble|bet)',
    '(only|just) a matter of time (before|until) (you|your)',
    'you (are|\'re) (only|just)? (one|a single) (breach|outage|audit|mistake|lawsuit|incident|bad day|fine|crash|hack|failure|click) away from',
  ],
  unless: ['buyer-deadline', 'reported', 'negated'],
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
      'Without a backup plan, [[it’s only a matter of time before you]] lose data.',
      '[[Do you really want to risk]] another audit finding?',
      'Right now [[you’re leaving money on the table]].',
    ],
    pass: [
      'You mentioned you are losing two days a month to reconciliation.',
      'Last quarter you told us churn was your biggest worry.',
      'We can look at what the current process costs, if that is useful.',
      "You won't lose any data during the migration.",
    ],
  },
});
