import { defineRule } from '../define-rule';

/** Steering the buyer away from the people who should weigh in: "no need to loop in legal". */
export default defineRule({
  match: [
    '(you do not need|there is no need|you do not have|no need|no reason) to (get sign off from|run it by|run this by|run it past|run this past|get approval from|check with|loop in|talk to|wait for|wait on|bring in|go through|involve|consult|ask|bother) %pApprover%',
    'do not (worry about|bother) (running it by|running this by|running it past|running this past|sending it to|showing it to|taking it to|getting sign off from|getting approval from|checking with|looping in|waiting for|waiting on|involving|asking) %pApprover%',
    '(you do not need|there is no need for|no need for|do not worry about|skip|forget about|forget) (your|the|a|any)? %pApproverPoss% (approval|sign off|signoff|permission|blessing|okay|ok|review|input|green light)',
    'tell (your|the) %pBoss% (it is|it\'s|that it is|that it\'s|that) already? (decided|done|a done deal|signed|happening|approved)',
    '%pApprover% (does not|do not) need to (see|review|look at|sign off on|be involved)',
    '(keep|leave) %pApprover% out of (the loop|it|this)',
    '(stop|quit) (going back to|checking with|running it by|running it past|waiting on|waiting for) %pApprover%',
    '(do not|let us not) let %pApprover% (slow|hold|drag) (this|it|things|us)? (down|up|out)',
    '(sign|commit|decide) (it|this)? (before|without) %pApprover% (sees|see|reviews|review|gets|get|looks|look|weighs|weigh|finds|find|has|have)',
    '(sign|commit|decide) (it|this)? without (checking with|looping in|asking|involving|telling) %pApprover%',
  ],
  noDefaultGuards: true,
  unless: ['reported'],
  severity: 'warning',
  message: 'Steers the buyer away from checking with the people who should weigh in.',
  why: 'Good decisions involve the right people. Helping them bring in legal, finance or their boss shows you want a decision that holds up.',
  alternatives: [{ rewrite: 'happy to help you walk legal through it' }, { question: 'clarity' }],
  examples: {
    flag: [
      '[[Stop checking with procurement]] and just sign.',
      '[[Let\'s not let legal slow this down]].',
      '[[No need to loop in legal]], it is our standard paper.',
      '[[You don’t need to run it by your boss]] for a deal this size.',
      "Honestly, [[don't bother waiting for procurement]].",
      'Let’s [[sign it before legal sees]] the redlines.',
      'Easier to [[keep finance out of it]] until the pilot ends.',
      "[[Don't bother running it past legal]], it is standard.",
      '[[You don’t need your boss’s approval]] for this.',
      '[[Tell your CFO it’s already decided]].',
    ],
    pass: [
      'Let\'s not let the holidays slow the pilot down; I\'ll set up the accounts now.',
      'Happy to walk your legal team through the terms.',
      'You mentioned you need to check with your CFO first; take your time.',
      'No need to involve IT for setup, it installs in five minutes.',
      'Please run it by your boss and let me know what questions come up.',
      'You don’t need admin approval to install the connector.',
      'Tell your CFO the numbers are in the appendix.',
    ],
  },
});
