import { defineRule } from '../define-rule';
import { eachTarget } from '../lexicon/conflict-and-tone';

export default defineRule({
  match: eachTarget([
    '(play|plays|playing|played) (hard to get|hard ball|mind games|hardball|dirty|rough|chicken|games) (with|against) %advTarget%',
    '(let us|time to|need to|have to|going to|we|i|lets|should) [(start playing|play|get) (hard ball|hardball|dirty|rough|tough)]',
    '(force|forcing|forced) (the buyer\'s|the client\'s|their|his|her|procurement\'s) hand',
    '(put|putting|bring|bringing|drop|dropping) the hammer down',
    '(go|going|goes|went|come|coming) in with? (guns blazing|all guns blazing|swinging|all guns)',
    'no prisoners',
    'the? gloves (are|come|coming|came)? off',
    // The call as an attack: "go on the offensive about their churn", "switch into attack mode".
    '(go|going|goes|went|time to) on the (offensive|attack|warpath)',
    '(attack|battle|war|kill) mode',
    '(sneak|sneaking|snuck|slip|slipping|slipped|smuggle|smuggling) .{0,4} past %advTarget%',
    '(pull|pulling|pulled|get|getting|got) (a fast one|one over) on %advTarget%',
    '^[(play|start playing) (hard ball|hardball|dirty|rough)]',
  ]),
  unless: [/\b(don't|do not|never|won't|will not|not going to|no need to) (want to )?(play|force|sneak|slip|keep)/,
    // "On the offensive against phishing": an attack on a problem, not on the buyer.
    /\b(offensive|attack|warpath) (against|on) (?!(them|him|her|their|procurement|legal|finance)\b)/],
  severity: 'warning',
  message: 'Plans tactics against the buyer: hardball, tricks, forcing their hand.',
  why: 'Tactics aimed at the buyer treat them as an opponent. Anything slipped past them or forced on them becomes a reason not to trust you later.',
  alternatives: [{ rewrite: 'be upfront with them' }, { question: 'clarity' }],
  examples: {
    flag: [ '[[Play hardball]] on the renewal this time.',
      'If legal stalls, we [[play hardball with them]].',
      'If they stall again, we [[play hardball]].',
      'Use the price increase to [[force their hand]].',
      'Time to [[put the hammer down]] on the renewal.',
      'Renewal call Friday, [[gloves come off]] if they stall.',
      "Let's [[go in guns blazing]] on Thursday's call.",
      '[[Slip the auto-renewal past procurement]] in the final draft.',
      'Renewal call: [[go on the attack]] about their missed targets.',
      '- CFO stalling again, switch into [[attack mode]] Monday',
    ],
    pass: [
      'We will be upfront with them about the auto-renewal clause.',
      'They played hardball on the last renewal, so expect detailed questions.',
      "We don't want to force anything; they should take the time they need.",
      'Their security team went on the offensive against phishing this year.',
    ],
  },
});
