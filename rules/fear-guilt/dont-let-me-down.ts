import { defineRule } from '../define-rule';

/** Guilt over the writer's feelings or standing: "please don't let me down". */
export default defineRule({
  match: [
    'please? (do not|don\'t) (hang me out to dry|let me down|let us down|leave me hanging|disappoint me|disappoint us|embarrass me)',
    '(do not|don\'t) make me look (like an idiot|bad|foolish|stupid)',
    'you (are going to|would really|will really|would|will) be? (let|letting) (me|us) down',
    '(i am|we are|i\'m|we\'re) (really|all)? counting on you (to come through|to get this done|to make this happen|to pull this off|to sign|to close|on this|here)',
    '(i am|we are|i\'m|we\'re) (really|all)? counting on you$',
    '(i|we) (will|am going to|are going to) look (really|so|very)? (bad|terrible|foolish|stupid|like an idiot) (if|unless|in front)',
    '(i|we) thought we had (a good relationship|an understanding|a relationship|something good|a deal)',
    '(i|we) (really|badly)? need (this|the) (deal|win|sale|signature|one|order) (more than|to|for)',
    'my (job|quota|bonus|number|numbers|commission|neck|quarter|target) (is on the line|is at stake|is riding on|depends on|rides on|hinges on|hangs on)',
    '(i|we) (will|could|would) (get|be) (in hot water|in trouble|let go|fired) (if|unless)',
    'help me (hit|make|reach|close) my (quota|number|numbers|target|quarter)',
    '(i will|i would|i\'d|we will|we would|we\'d) have (a lot of|some|so much|a ton of|some serious) explaining to do',
    '(i would|i\'d|we would|we\'d|i will|we will) be (deeply|very|so|really|truly|pretty|absolutely)? (disappointed|hurt|upset|let down|crushed|gutted|devastated|heartbroken) (if|when) you (chose|choose|went|go|pick|picked|walk|walked|signed|sign|decide|decided|turn|turned|pass|passed|say|said)',
    'do (it|this) for me',
    'my (sales director|manager|team lead|boss|vp|director|ceo) (is going to|will|would) (have my head|be all over me|be furious|kill|fire|murder) (me|with me|if|unless)?',
  ],
  unless: ['reported'],
  severity: 'warning',
  message: 'Asks the buyer to decide for your sake, which turns a purchase into a favour.',
  why: 'The buyer is not responsible for your quota or your standing. Guilt may get a signature once, but it costs the trust you need for everything after.',
  alternatives: [{ rewrite: 'I want this to be the right call for you' }, { question: 'concerns' }],
  examples: {
    flag: [
      'I promised my VP this one, so [[please don’t let me down]].',
      "[[Don't make me look bad]] in front of my manager.",
      'Honestly, [[I really need this deal to]] close this month.',
      '[[My quota depends on]] this renewal.',
      '[[Help me hit my number]] and I will take care of you.',
      '[[My manager will kill me]] if this slips again.',
      'Honestly, [[I thought we had a deal]].',
      'If you say no, [[I’ll have a lot of explaining to do]] to my boss.',
      '[[I would be deeply disappointed if you chose]] another vendor.',
      '[[I’d be devastated if you walked]] away after everything.',
    ],
    pass: [
      "I don't want to let you down on the rollout date.",
      'We will not let you down on support.',
      'My team depends on good feedback, so please be candid.',
      'You can count on us for the migration.',
      'I would be glad if you chose the plan that fits you best.',
    ],
  },
});
