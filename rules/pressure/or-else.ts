import { defineRule } from '../define-rule';

/** A conditional ultimatum: "if you don't sign by Friday, the deal is off". */
export default defineRule({
  match: [
    '(if|unless) you (are not ready to|do not|can not|will not)? %pYes% .{0,6} (deal|offer|price|discount|pricing) .{0,3} (is|goes|will|comes) be? (off|away|gone|withdrawn)',
    '(if|unless) you (are not ready to|do not|can not|will not)? %pYes% .{0,6} (it|this|offer|deal) (is|goes|will be|comes) off the table',
    '(if|unless) you (are not ready to|are not in a position to|do not|can not|will not)? %pYes% .{0,6} (i|we) %pWillI%? (have to)? (offer the slot|pull the offer|pull the deal|give it to|offer it to|walk away|move on|give your|release your|pull out|withdraw|rescind)',
    'you either %pYes% .{0,6} or (we|i)',
    '(it is either|either) (you|we) (%pYes%|approve|get this done|get this signed|close this) .{0,6} or (we|i|the|this|you)',
    // Either-or with the offer as the loss, whatever the first half says: "either we wrap this up today or the rate reverts".
    'either .{1,7} or (the|this|our|your|that|these) .{1,3} (reverts|revert|disappears|disappear|lapses|lapse|expires|expire|resets|reset|jumps|rises|vanishes|evaporates|gone|withdrawn|pulled|released|up|back|away)',
    '(sign|commit|decide) by? %pWhen% or (i|we) %pWillI%? (walk away|walk|move on|pull out|pull|withdraw|rescind)',
    "or (i|we) (am|are|will) (going to)? (have to|need to|be forced to)? (pulling|pull|withdrawing|withdraw|walking|walk|taking|take|rescinding|rescind|releasing|release|giving|give) (the|this|our|my|your)? (offer|deal|discount|pricing|price|quote|terms|away|slot|seats|team)",
    '(after that|otherwise|or else|if not) .{0,3} (offer|deal|discount|price|pricing|slot) (is|goes|will be|gets) (pulled|withdrawn|gone|rescinded|released)',
    '(will not|am not going to|can not) be? (going|go) back .{0,3} for (another|a further|any more|more) (extension|exception|discount)',
    '(can not|cannot) keep (justifying|defending|holding) (this|the|your) (extension|exception|discount|price|pricing|slot|offer)',
    // Going over the buyer's head: "I'd rather not have to escalate this to your CFO".
    "(i|we|i'd|we'd) (would|will|may|might)? (rather not|hate to|have to|be forced to|need to) have? to? (escalate|go) .{0,2} (to|over) your (head|%pBoss%)",
  ],
  severity: 'strong',
  message: 'Threatens to withdraw the offer unless the buyer agrees on your terms.',
  why: 'A threat makes saying yes about avoiding a loss, not about whether this is right for them. If something really changes after a date, say so plainly and without the "or else".',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: [
      'U need to [[sign by friday or we walk]]',
      '[[Either your team commits this week or the bundle price goes back]] up.',
      'It is simple: [[either we get the order in by Friday or this discount is gone]].',
      'Sign by Friday, [[otherwise the discount is withdrawn]].',
      'I [[can’t keep holding the slot]] for you.',
      'I [[won’t go back to my director for another extension]].',
      '[[If you cannot commit this month, the discount is off]] the table.',
      '[[Either we close this by Friday or the]] slot goes to another customer.',
      'Sign this week [[or we will have to release the seats]].',
      '[[I would rather not have to escalate this to your VP]].',
      "[[Either you approve the order this month or we]] move on.", 'We do this today [[or I am pulling the discount]].',
      "[[If you don't sign by Friday, the deal is off]].",
      '[[Unless you commit this week, we will pull the offer]] and release the slot.',
      '[[Either you sign the renewal or we]] move your team to list price.',
      '[[Commit by Monday or we walk away]] from this pricing.',
      'Need you to [[sign by friday or we walk]]',
    ],
    pass: [
      'Either Tuesday or Thursday works for the kickoff.',
      'Either way, the price is the same all year.',
      'You can start with either plan, or the price stays as quoted if you wait.',
      'We will not go back to the old pricing model.',
      'If you need to escalate this to your CFO, I can prepare a summary.',
      "If you don't sign, no hard feelings; we can stay in touch.",
      'If you decide to move forward, we will send the order form.',
      'Either way, I am glad we talked.',
      'Per the current agreement, the offer expires when the contract term ends.',
    ],
  },
});
