import { defineRule } from '../define-rule';

/** Steering the buyer away from the people who should weigh in: "no need to loop in legal". */
export default defineRule({
  match: [
    '(no need|you do not need|you don\'t need|there is no need|there\'s no need|you do not have|you don\'t have|no reason) to (check with|run it by|run this by|run it past|run this past|loop in|involve|consult|talk to|ask|wait for|wait on|get approval from|get sign off from|bring in|go through|bother) %pApprover%',
    '(do not|don\'t) (bother|worry about) (checking with|running it by|running this by|looping in|involving|asking|waiting for|waiting on|getting approval from) %pApprover%',
    '(keep|leave) %pApprover% out of (it|this|the loop)',
    '(sign|decide|commit) (it|this)? (before|without) %pApprover% (sees|see|reviews|review|gets|get|looks|look|weighs|weigh|finds|find|has|have)',
    '(sign|decide|commit) (it|this)? without (checking with|asking|involving|looping in|telling) %pApprover%',
  ],
  noDefaultGuards: true,
  unless: ['reported'],
  severity: 'warning',
  message: 'Steers the buyer away from checking with the people who should weigh in.',
  why: 'Good decisions involve the right people. Helping them bring in legal, finance or their boss shows you want a decision that holds up.',
  alternatives: [{ rewrite: 'happy to help you walk legal through it' }, { question: 'clarity' }],
  examples: {
    flag: [
      '[[No need to loop in legal]], it is our standard paper.',
      '[[You don’t need to run it by your boss]] for a deal this size.',
      "Honestly, [[don't bother waiting for procurement]].",
      'Let’s [[sign it before legal sees]] the redlines.',
      'Easier to [[keep finance out of it]] until the pilot ends.',
    ],
    pass: [
      'Happy to walk your legal team through the terms.',
      'You mentioned you need to check with your CFO first; take your time.',
      'No need to involve IT for setup, it installs in five minutes.',
      'Please run it by your boss and let me know what questions come up.',
    ],
  },
});
