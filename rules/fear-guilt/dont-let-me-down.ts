import { defineRule } from '../define-rule';

/** Guilt over the writer's feelings or standing: "please don't let me down". */
export default defineRule({
  match: [
    '(do not|don\'t) (let me down|let us down|disappoint me|disappoint us|embarrass me|leave me hanging|hang me out to dry)',
    '(do not|don\'t) make me look (bad|foolish|stupid|like an idiot)',
    'you (would|will|are going to|would really|will really) be? (let|letting) (me|us) down',
    '(i am|i\'m|we are|we\'re) (really|all)? counting on you',
    '(i|we) (really|badly)? need (this|the) (deal|win|sale|signature|one|order) (to|for|more than)',
    'my (job|quota|bonus|number|numbers|commission|neck|quarter|target) (is on the line|is at stake|depends on|is riding on|rides on|hinges on|hangs on)',
    '(i|we) (will|could|would) (get|be) (in trouble|fired|let go|in hot water) (if|unless)',
    'help me (hit|make|reach|close) my (quota|number|numbers|target|quarter)',
    'do (it|this) for me',
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
    ],
    pass: [
      "I don't want to let you down on the rollout date.",
      'We will not let you down on support.',
      'My team depends on good feedback, so please be candid.',
      'You can count on us for the migration.',
    ],
  },
});
