import { defineRule } from '../define-rule';

/** "Hurry!", "Hurry up!", "hurry, limited time offer". */
export default defineRule({
  match: ['[hurry (up)?]', '[(better|best) (hurry|be quick|move fast)]'],
  unless: ['reported', /\b(in a|in no|no|not in a|without) hurry\b/, /\bhurry (you|anyone|anybody|things|them)\b/, /\b(don't|do not|no need to|not) (want to )?hurry\b/],
  severity: 'warning',
  message: 'Tells the buyer to hurry.',
  why: '"Hurry" asks the buyer to decide before they have weighed the choice. People buy well, and stay, when they have had time to be sure.',
  alternatives: [{ rewrite: 'Take a look' }, { question: 'concerns' }],
  examples: {
    flag: ['[[Hurry]]! Only 3 left.', '[[HURRY UP]]! Sale ends in', '[[Best hurry]], seats are going fast.'],
    // A product named with the word reads like the command.
    knownFalseAlarms: ['Hurry Up Hoodie - Black'],
    pass: ['No hurry at all on our side.', 'I know you are not in a hurry, so here is the full picture.', 'I do not want to hurry you into anything.'],
  },
});
