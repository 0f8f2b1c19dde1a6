import { defineRule } from '../define-rule';

/** "Hurry!", "Hurry up!", "hurry, limited time offer". */
export default defineRule({
  match: ['[hurry (up)?]', 'tick tock', '[(better|best) (hurry|be quick|move fast)]'],
  unless: ['reported', /\b(in a|in no|no|not in a|without) hurry\b/, /\bhurry (you|anyone|anybody|things|them)\b/, /\b(don't|do not|no need to|not) (want to )?hurry\b/,
    // Part of a name ("Hurry Up Hoodie", "Hurry Curry"): a plain noun follows with no pause, where
    // the command is followed by punctuation or by one of the words a hurry-up nudge goes on with.
    /\bhurry( up)? (?!(up|and|only|limited|while|before|offers?|deals?|sales?|ends?|ending|now|in|to|get|grab|order|shop|buy|last|few|this|these|the|stock|stocks|don't|do|on|it|or|for|quick|fast|you|we|over|exclusive|save|saving|just|almost|selling|time|there|they|items?|less|book|sign|act|claim|reserve|secure|offer|deal|[0-9]+)\b)[a-z]+\b/,
  ],
  severity: 'warning',
  message: 'Tells the buyer to hurry.',
  why: '"Hurry" asks the buyer to decide before they have weighed the choice. People buy well, and stay, when they have had time to be sure.',
  alternatives: [{ rewrite: 'Take a look' }, { question: 'concerns' }],
  examples: {
    flag: [ '[[Tick tock]], the discount ends soon.','[[Hurry]]! Only 3 left.', '[[HURRY UP]]! Sale ends in', '[[Best hurry]], seats are going fast.', '[[HURRY]] ONLY 2 LEFT', '[[Hurry up]] and grab yours'],
    pass: ['No hurry at all on our side.', 'I know you are not in a hurry, so here is the full picture.', 'I do not want to hurry you into anything.', 'Hurry Up Hoodie - Black', 'Hurry Curry Spice Mix', 'Hurry Back Tee'],
  },
});
