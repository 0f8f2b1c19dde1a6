import { defineRule } from '../define-rule';

/** Fear of the boss's verdict: "imagine explaining to your CEO why you missed this". */
export default defineRule({
  match: [
    '(imagine|picture) yourself? (having to explain|having to tell|trying to explain|trying to justify|explaining|telling|justifying) (that|this|it)? to? your %pBoss% (why|how|that)? .{0,4} %fgFail%',
    'good luck (explaining|justifying) .{0,4} to your %pBoss%',
    'good luck (explaining|justifying) why',
    'how (will|would|are|do) you (going to)? (explain|justify) (turning it down|saying no|the delay|the loss|the miss|the outage|the breach|missing|passing|waiting|losing) .{0,3} to? your %pBoss%',
    'how (will|would|are|do) you (going to)? (explain|justify) (it|that|this)? to your %pBoss% (why|that) you %fgFail%',
    'what (will|would|are) you (going to)? (say to|tell) your %pBoss% (when|if) .{0,4} %fgFail%',
    '(explain|justify) to your %pBoss% why you %fgFail%',
    'your %pBoss% (is going to|will|would) (want to know why|not be happy|be furious|be angry|be upset|be disappointed|not forgive|blame you|ask why)',
    '(do you want|you do not want|you don\'t want) your %pBoss% (finding out|to find out|to hear|asking why|asking)',
    'how (will|would|are|do) you (going to)? (explain|justify) the (downtime|outage|breach|loss|delay|miss|fine|shortfall|churn|incident|failure|missed target|missed quarter|lost revenue) to your %pBoss%',
  ],
  unless: ['buyer-raised', 'reported', /\bhelp (you )?(explain|justify)\b/],
  severity: 'warning',
  message: 'Uses fear of their boss\'s reaction to push the decision.',
  why: 'Fear of blame pushes a decision without making it a good one. Help them make a case they believe in, and they will carry it upward themselves.',
  alternatives: [{ rewrite: 'I can help you put together a summary for your leadership' }, { question: 'outcome' }],
  examples: {
    flag: [
      '[[Imagine explaining to your CFO why you missed]] a 30% saving.',
      '[[Good luck explaining that to your board]].',
      '[[How will you justify waiting to your CEO]]?',
      'If the audit fails, [[your boss will want to know why]].',
      '[[Do you want your boss finding out]] you passed on this?',
      '[[How will you explain the downtime to your board]]?',
    ],
    pass: [
      'Happy to help you explain the ROI to your CFO.',
      'I can put together a one-pager you can share with your board.',
      'How will you explain the change to your reps during rollout?',
      'Imagine telling your team the reports now take five minutes.',
    ],
  },
});
