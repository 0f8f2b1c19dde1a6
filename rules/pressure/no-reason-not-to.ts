import { defineRule } from '../define-rule';

/** No room left for a no: "there's no reason not to", "you'd be crazy not to". */
export default defineRule({
  match: [
    '(there is|there are|there\'s) (really|absolutely|simply|just)? no good? reason (why you would not|why you should not|why you could not|why you can not|to say no|to hold off|not to|to wait|to delay|to keep thinking|to keep waiting|to keep deliberating|to keep mulling)',
    '(i|we) (can not|could not) (think of|see|find) (a single|a|any|one) good? reason (why you would not|why you should not|why you could not|you would not|not to)',
    'you (would|will) be (out of your mind|a fool|crazy|foolish|mad|insane|nuts|silly|stupid) (to turn this down|to say no|to walk away|to hold off|not to|to wait|to pass|to miss|to delay|to hesitate)',
    '(it would be|that would be|it is|that is) (a big mistake|a mistake|crazy|foolish|madness|insane|nuts|silly) (to turn this down|to say no|to walk away|to hold off|not to|to wait|to pass|to delay)',
    '(it is|this is|that is|it\'s|this\'s|that\'s)? a no brainer',
    'what (do|have) you (have|got)? to lose',
    '(i|we) (really|honestly|just)? (can not|cannot|do not) see (why|how) (you would|you could|you might|you\'d|you can|u would|you would ever|you could ever) (say no|turn this down|pass|walk away|hesitate|hold off|wait|not)',
    '(i|we) (really|honestly|just)? (do not|can not|cannot) see what (there is|is|else is) (left|more)? to (think about|discuss|decide|consider|think over|mull over)',
    '(refusing|declining|turning down|passing on|saying no to|not signing|walking away from|holding off on|sitting on) (this|it|the offer|this offer|this deal|the deal|this one)? (would be|is|makes|would make) (a mistake|a big mistake|a huge mistake|no sense|zero sense|crazy|foolish|madness|silly|insane|nuts)',
    'no (point|sense) (in)? (waiting|holding off|delaying|thinking it over|dragging this out|going another round|shopping around|looking elsewhere)',
    '(any|a) reason (we|you) (can not|could not|should not|would not) (get this signed|get it signed|go ahead|move forward|sign|close|commit)',
  ],
  noDefaultGuards: true,
  unless: ['reported', 'buyer-deadline', /\bwaiting (for|on) (me|us|our)\b/, /\b(never|wouldn't|would not|don't|do not) (say|tell you|call it)\b/],
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
      'Honestly [[I can’t see why you’d say no]].',
      '[[There’s no reason to keep thinking]] about it.',
      '[[I really don’t see what there is left to think about]].',
      '[[Refusing this offer makes no sense]].',
      'The pilot proved the value, so there is [[no point in waiting]] for another review.',
    ],
    pass: [
      "There's no reason to rush this.",
      "There's no pressure to sign before the quarter ends.",
      'You mentioned there is no reason to wait on the security review.',
      'I would never tell you it is a no-brainer; it depends on your data.',
      'No point in waiting on us, the API docs are public.',
      'I can see why you would hold off until the audit is done.',
    ],
  },
});
