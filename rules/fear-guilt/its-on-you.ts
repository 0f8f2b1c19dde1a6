import { defineRule } from '../define-rule';

/** Blame placed ahead of time: "it will be on you", "you'll only have yourself to blame". */
export default defineRule({
  match: [
    '(the loss|the blame|the fallout|the damage|it|that|this) (is going to|will|would)? (be|is) all? on you',
    '(it is|that is|it\'s|that\'s) all? on you',
    'you (are going to|will|would)? only? have only? yourself to blame',
    '(it|that|this) (is going to|will|would) be all? your (fault|responsibility|problem|doing)',
    '(that|this|it) (is|was) all? your (fault|doing)',
    'you (are going to|will) (be|bear) (to blame|responsible|accountable) (for|when|if)',
    '(do not|don\'t) blame (me|us) (when|if)',
    'you (will|are going to|could|might) be (the one|the person)? (blamed|held responsible|held accountable|left holding the bag)',
    '(it is|it\'s) your funeral',
    'you (are going to|will) be the one (left explaining|explaining|answering for|taking the blame|blamed|held responsible)',
    '(nobody|no one) to blame (but|except) (yourself|yourselves|you)',
    // "it's" stays one token: "it's going to be on you".
    '(it\'s|that\'s) (going to|gonna)? be all? on you',
    '(you do not|you don\'t) want to be (responsible|the one responsible|blamed|to blame|accountable|held responsible) (for|when|if)',
    '(will|would|is going to|are going to|could) hold you (personally)? (responsible|accountable)',
    'guess (whose|who) (desk|head|neck|fault|name|problem|door|lap) (it|that|this)? (lands|will land|falls|ends up|is|lands on|will be)',
    'guess who (gets|will get|takes|will take) the (blame|fall|heat)',
    '(it will be|it is|it\'s|that will be) your (name|signature) (on it|attached to it|on the line|on the report|on the incident report)',
  ],
  noDefaultGuards: true,
  unless: ['reported', /\bon you to\b/, /\bon you,? (not|whenever|if you|when you)\b/, /\b(you mentioned|you said)\b/],
  severity: 'strong',
  message: 'Puts the blame for any future loss on the buyer if they say no.',
  why: 'Pre-assigning blame is a threat. A buyer who chooses not to buy is making a decision, not a mistake you can hold against them.',
  alternatives: [{ rewrite: 'it is your call, and I am here to help either way' }, { question: 'concerns' }],
  examples: {
    flag: [
      'If you wait, you will lose more revenue and [[it will be on you]].',
      'Fine, but [[that’s on you]] when the audit hits.',
      '[[You’ll only have yourself to blame]] if the migration fails.',
      'When the servers go down, [[it will be your fault]].',
      "[[Don't blame me when]] the price goes up.",
      'If the launch slips, you’ll have [[nobody to blame but yourself]].',
      'If you get breached, [[it’s going to be on you]].',
      '[[You don’t want to be responsible for]] losing another quarter.',
      'Your board [[will hold you personally responsible]].',
      'If this project tanks, [[guess whose desk it lands]] on.',
      'If it goes wrong, [[it’ll be your name attached to it]], not IT’s.',
    ],
    pass: [
      'It is on us to make onboarding easy.',
      "It's on you to decide, and I'll support whichever way you go.",
      'The timing is entirely up to you.',
      'That was not your fault; the import tool had a bug.',
      'We hold ourselves accountable for the migration.',
      'Your name on the invoice is spelled wrong, sorry.',
    ],
  },
});
