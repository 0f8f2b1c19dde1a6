import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '(any|every|no) (forward thinking|self respecting|reasonable|sensible|rational|intelligent|competent) (person|buyer|company|team|business|cfo|ceo|leader|manager|director|vp|professional|executive|operator|organization|organisation) (would know|would see|would|will|can|could|should|knows|sees|understands)',
    '(even a|any) (five year old|5 year old|child|kid|idiot|fool|intern|beginner) (could|can|would|knows|gets)',
    '(this is not|it is not|this is|it is|it\'s) not? rocket science',
    '(it is|this is|that is|it\'s) (really|pretty|very|super|so)? (simple|basic|easy) (stuff|really|enough)',
    // "It's really not that complicated." said back to a buyer who found it complicated.
    '[(is not|it\'s not|this is not|that is not|it is not) really? (that|so|very|all that) (complicated|hard|difficult|complex|confusing|tricky)]$',
    '[%pSincere% not (that|so|very|all that) (complicated|hard|difficult|complex|confusing|tricky)]$',
    '[(is not|it\'s not|this is not|that is not|it is not) (complicated|hard|difficult|complex|confusing|tricky)] you (%only%|simply)',
  ],
  noDefaultGuards: true,
  unless: [/\b(we|our|i)\b[^.!?]*\b(made|make|designed|built|keep|kept) it\b/],
  severity: 'warning',
  message: 'Implies a sensible buyer would already agree, talking down to this one.',
  why: 'Setting up "any smart buyer" as the standard says this buyer is not one unless they agree. Make the case on its merits and ask what they need to see.',
  alternatives: [{ rewrite: 'many teams find' }, { question: 'concerns' }],
  examples: {
    flag: [
      '[[Any reasonable person would see]] the savings here.',
      "Honestly, [[it's not rocket science]].",
      '[[Even a beginner could]] set this up in an hour.',
      "[[It's really simple stuff]], your team will pick it up.",
      "Look, it's [[really not that complicated]].",
      "Honestly, [[it's not that hard]].",
      "[[It's not complicated]], you just need to follow the steps.",
    ],
    pass: [
      'Many teams find the setup takes about an hour.',
      'Rocket science teams at two universities use our lab scheduler.',
      'We kept it simple: one plan, one price.',
      "It's not that hard to set up, and here is a short video.",
      'The migration is not that complicated for a team your size, and we do most of it.',
    ],
  },
});
