import { defineRule } from '../define-rule';
import { eachTarget } from '../lexicon/conflict-and-tone';

// A battle with a competitor is not the buyer framed as an opponent.
export default defineRule({
  match: eachTarget([
    '(win|wins|winning|won|lose|losing|lost|fight|fighting|fought|wage|waging|pick|picking|start|starting) (the|this|a|our|that)? (tug of war|arm wrestle|arm wrestling|turf war|price war|battle|war|fight|showdown|standoff) (over pricing with|with|against) %advTarget%',
    '(battle|battles|battling|fight|fights|fighting|war|wrestle|wrestling|spar|sparring|clash|clashing) (with|against) %advTarget%',
    '(go|going|gone|went) (head to head|to war|to battle) (with|against) %advTarget%',
    '(duke|duking|lock|locking) (it out|horns) (with|against) %advTarget%',
    '(declare|declared|wage|waging) war on %advTarget%',
    '(win|won|winning) against %advTarget%',
    '(beat|beating|defeat|defeating|outmuscle|outmuscled|outmaneuver|outmanoeuvre|outmaneuvering|outsmart|outsmarting|outwit|outwitting|outfox|outplay|outplaying|outnegotiate|outgun|outlast|outgunned|outmaneuvered|outmanoeuvred|outsmarted|outwitted|outfoxed|outplayed|outnegotiated|defeated) %advTarget%',
    '%theirThe% . %advRole% (is|are) the %advEnemy%',
    '%advSubject% (is|are) the final boss',
    '%theirThe% .? %advRole% (is|are) the final boss',
    '(i|we) (have to|need to|must|will|are going to|gotta|got to|want to) win (the|this) (fight|battle|war|standoff|showdown|tug of war|arm wrestle)',
    '(fighting|battling|fought|battled) (me|us) (on|over|every|at)',
    '%advSubject% (is|are) the %advEnemy%',
    '%theirThe% %advRole% (is|are) the %advEnemy%',
    '(treat|treating|treated|see|seeing|view|viewing) .{1,3} (as|like) (the|an|our)? (enemy|opponent|adversary|opposition)',
    '(treat|treating|see|seeing) %advTarget% (as|like) (the|an|our)? (enemy|opponent|adversary|opposition)',
    '(take|took|taking|bring|brought|bringing) the (fight|battle|war) to %advTarget%',
    '(smoked|crushed|destroyed|trounced|flattened|steamrolled|killed|owned|beat) %advTarget% (in|on|at) (the|this|that)? (negotiation|negotiations|renewal|pricing|price|terms)',
  ]),
  unless: [
    // "Win the fight against churn": a shared problem as the opponent.
    /\b(fight|battle|war) (against|for|on) (?!(them|him|her|procurement|legal|finance|their|the (buyer|client|prospect|cfo|vp|committee)))/,
    /\b(beat|beating|outplay|outlast) (them|him|her) (to it|to market|on features|at their own game)\b|\b(competitor|competitors|competition|rival|rivals)\b[^.!?]*\b(beat|outsmart|outplay|outmaneuver)\b/],
  severity: 'warning',
  message: 'Frames the buyer as an opponent to beat.',
  why: 'Selling is not a battle with a winner and a loser; it ends with two winners or two losers. Notes that cast procurement as the enemy shape how the next call goes.',
  alternatives: [{ rewrite: 'work it out with procurement' }, { question: 'concerns' }],
  examples: {
    flag: [
      "[[Outmuscle their procurement lead]] at the review.", 'Recap: we [[crushed them on price]], 3-year signed.',
      'Next week we [[take the fight to their procurement team]].',
      '[[Win the battle with procurement]], then expand seats.',
      'Expect to [[go to war with legal]] over the liability cap.',
      'Plan is to [[outmaneuver the CFO]] on payment terms.',
      'Remember [[procurement is the enemy]] here.',
      'Note: [[treat their IT lead as the enemy]].',
      '[[Their purchasing guy is the enemy]].',
      '[[Their procurement team is the final boss]].',
      'We [[outgunned their procurement team]] last quarter.',
      'They push back on every line, [[we have to win this fight]].',
      'Their team is [[fighting us on]] every line item.',
    ],
    pass: [ 'The demo crushed it, they loved the reporting.',
      'We brought the fix to their IT team the same day.',
      'We are on the same side: a rollout that works for their clinics.',
      'Competition drives innovation, which is good for their customers.',
      'We won the account by listening to their support team.',
      'Dana wants to win over her CFO with the pilot numbers.',
      'Work it out with procurement on payment terms.',
      'We have to win the fight against churn together.',
    ],
  },
});
