import { defineRule } from '../define-rule';

/** No room left for a no: "there's no reason not to", "you'd be crazy not to". */
export default defineRule({
  match: [
    '(there is|there are|there\'s) (really|absolutely|simply|just)? no good? reason (why you would not|why you should not|why you could not|why you can not|to say no|to hold off|not to|to wait|to delay)',
    '(i|we) (can not|could not) (think of|see|find) (a single|a|any|one) good? reason (why you would not|why you should not|why you could not|you would not|not to)',
    'you (would|will) be (out of your mind|a fool|crazy|foolish|mad|insane|nuts|silly|stupid) (to turn this down|to say no|to walk away|to hold off|not to|to wait|to pass|to miss|to delay|to hesitate)',
    '(it would be|that would be|it is|that is) (a big mistake|a mistake|crazy|foolish|madness|insane|nuts|silly) (to turn this down|to say no|to walk away|to hold off|not to|to wait|to pass|to delay)',
    '(it is|this is|that is|it\'s|this\'s|that\'s)? a no brainer',
    'what (do|have) you (have|got)? to lose',
    '(any|a) reason (we|you) (can not|could not|should not|would not) (get this signed|get it signed|go ahead|move forward|sign|close|commit)',
  ],
  noDefaultGuards: true,
  unless: ['reported', 'buyer-deadline', /\b(never|wouldn't|would not|don't|do not) (say|tell you|call it)\b/],
  severity: 'warning',
  message: 'Leaves no room for a no, as if hesitating were unreasonable.',
  why: 'When a no is made to look foolish, a yes stops being a choice. They may have reasons you have not heard yet; asking for them helps both of you.',
  alternatives: [{ rewrite: 'I think this could be a good fit, and I would like to hear your view' }, { question: 'concerns' }],
  examples: {
    flag: [
      '[[There’s really no reason not to]] move ahead with this.',
      '[[You’d be crazy not to]] lock in this rate.',
      '[[I can’t think of a single reason not to]] go ahead.',
      'For a team like yours [[it’s a no-brainer]].',
      'Honestly, [[what do you have to lose]]?',
      '[[It would be a mistake not to]] take the pilot.',
      'Is there [[any reason we can’t get this signed]] today?',
    ],
    pass: [
      "There's no reason to rush this.",
      "There's no pressure to sign before the quarter ends.",
      'You mentioned there is no reason to wait on the security review.',
      'I would never tell you it is a no-brainer; it depends on your data.',
    ],
  },
});
