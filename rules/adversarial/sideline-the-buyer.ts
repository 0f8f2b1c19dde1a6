import { defineRule } from '../define-rule';
import { eachTarget } from '../lexicon/conflict-and-tone';

/**
 * People on the buyer's side cast as obstacles to remove: "neutralize the IT guy", "take out the
 * blocker in legal", "outflank him", "go over her head". The plan is to get past a person
 * instead of hearing them, and they are usually the one who has to live with the purchase.
 */
export default defineRule({
  match: eachTarget([
    '(pick off|picking off|neutralize|neutralise|neutralizing|neutralising|isolate|isolating|sideline|sidelining|eliminate|eliminating|silence|silencing|muzzle|muzzling|outflank|outflanking|flank|flanking|circumvent|circumventing|freeze out|freezing out|cut out|cutting out|get rid of|getting rid of) %advTarget%',
    '(take|taking|knock|knocking) out %advTarget%',
    '(box|boxing|freeze|freezing|cut|cutting|shut|shutting) %advTarget% out',
    '(take|taking|leave|leaving) %advTarget% out of (the equation|the picture|the loop)',
    '(go|going|went|goes|get|getting|work|working) (past|around) %advTarget%',
    '(go|going|goes|went) over (the|their|his|her) .{0,3} head',
    '(force|forcing|ram|ramming|rammed|railroad|railroading|steamroll|steamrolling|bulldoze|bulldozing) (it|this|the deal|the contract|the renewal|the order|the po) through',
    '[(bulldoze|bulldozing|steamroll|steamrolling|bully|bullying|muscle|muscling) (past|through)] it?$',
    '(bulldoze|bulldozing|steamroll|steamrolling|bully|bullying|muscle|muscling) (past|through) %advTarget%',
    '%theirThe% %advPerson% (is|are|was|=) (the|our|a|an)? %advMain%? %advObstacle%',
    '%theirThe% . %advPerson% (is|are|was|=) (the|our|a|an)? %advMain%? %advObstacle%',
    '%advPerson% (is|are|was|=) (the|our|a|an)? %advMain%? %advObstacle%',
    '%advPerson% . (is|are|was|=) (the|our|a|an)? %advMain%? %advObstacle%',
  ]),
  // "Work around their IT freeze", "go around the building": things, not people, and the seller's own side.
  unless: ['reported', /\b(my|our) (own )?([a-z]+ )?(team|legal|finance|procurement|manager|boss|cfo|vp)\b[^.!?]*\b(around|out|over)\b/],
  severity: 'warning',
  message: "Plans to get rid of or get around someone on the buyer's side.",
  why: "The person in the way is usually the one who will live with the purchase, and they have a reason. Going around them wins a signature and loses the account; ask what they need.",
  alternatives: [{ rewrite: 'ask what the IT lead needs' }, { question: 'concerns' }],
  examples: {
    flag: [
      'Plan: [[go over the head]] of the IT director if he stalls.',
      '[[Went over the controller\'s head]] to the CFO.',
      '- IT keeps objecting, [[bulldoze past]] it',
      '[[Pick off the committee members]] one at a time.',
'[[Take the legal team out of the equation]].', '[[Leave them out of the loop]] on pricing.', '- she\'s the gatekeeper, need to [[get past her]]', '- get to the VP directly and [[box them out]]', 'We need to [[freeze the CFO out]] of this.', 
      '[[Neutralize the IT guy]], he is the blocker.',
      '[[Take out the blocker]] in legal before the committee meets.',
      'Battle plan: [[isolate the CFO]], then talk to ops.',
      '- [[VP ops = main obstacle]], [[go around her]] to the CEO',
      'Champion is weak, so we [[go over her head]].',
      'Need to [[outflank him]] before the demo.',
      'Just [[force it through]] before Q4.',
      '[[Their procurement lead is the obstacle]].',
      '- legal = roadblock, [[bulldoze past]]',
    ],
    pass: [
      'Pick off the quick wins first, then tackle the migration.',
'Cut it out of the deck if it is too long.', 
      'Ask what the IT lead needs before the demo.',
      'We can work around their IT freeze by starting in January.',
      'Take out the trash before the office closes.',
      'We will bulldoze through the ticket backlog this week.',
      'The main obstacle is the data migration, not anyone on their side.',
      'They said the CFO is the main obstacle to budget this year.',
    ],
  },
});
