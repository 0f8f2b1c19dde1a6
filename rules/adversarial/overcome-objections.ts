import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '(overcome|overcoming|overcame|crush|crushing|crushed|smash|smashing|destroy|destroying|kill|killing|neutralize|neutralise|neutralizing|neutralising|defeat|defeating|beat|beating|bulldoze|bulldozing|steamroll|steamrolling|bust|busting|squash|squashing|quash|quashing|obliterate|demolish|dismantle|dismantling|rebut|rebutting|counter|countering|demolishing|overpower|overpowering|overwhelm|overwhelming|override|overriding|overrule|overruling|attack|attacking|combat|combating|fight|fighting|torpedo|torpedoing|flatten|flattening|shred|shredding|trample|trampling|hammer|hammering|nuke|nuking|bury|burying) %advTheirAny%? %advTopic%? %advDefense%',
    '(shut|shutting|knock|knocking|shoot|shooting|take|taking) down %advTheirAny%? %advTopic%? %advDefense%',
    '(get|getting) (past|around) %advTheirAny%? %advTopic%? %advDefense%',
    '(handle|handling|handled) %advTheirAll%? (price|pricing|budget|last|final|remaining)? (objection|objections|pushback)',
    '(push|pushing|pushed|blow|blowing|bulldoze|bulldozing|barrel|barreling|steamroll|steamrolling|power|powering|smash|smashing|crash|crashing|plow|plowing|plough|ploughing|bust|busting|break|breaking|force|forcing|muscle|muscling|fight|fighting) (past|through) %advTheirSome% (price|pricing|budget|last|final|remaining)? %advDefense%',
    '(objection|objections) (crusher|crushers|crushing|killer|killers|busting|buster|busters|smashing)',
    // A qualifier in between ("their SSO objection", "their security review objections"), and the
    // fighting verbs reps reach for: attack, overpower, fight.
    '(overcome|overcoming|overcame|crush|crushing|crushed|smash|smashing|destroy|destroying|kill|killing|neutralize|neutralise|neutralizing|neutralising|defeat|defeating|beat|beating|bulldoze|bulldozing|steamroll|steamrolling|bust|busting|squash|squashing|quash|quashing|obliterate|demolish|dismantle|dismantling|rebut|rebutting|counter|countering|demolishing|overpower|overpowering|overwhelm|overwhelming|override|overriding|overrule|overruling|attack|attacking|combat|combating|fight|fighting|torpedo|torpedoing|flatten|flattening|shred|shredding|trample|trampling|hammer|hammering|nuke|nuking|bury|burying) %advTheirAll% .{1,2} %advDefenseWord%',
    '(pick|picking|rip|ripping|tear|tearing) (apart|to pieces|to shreds) %advTheirAll%? %advDefense%',
    '(push|pushing|pushed|blow|blowing|bulldoze|bulldozing|barrel|barreling|steamroll|steamrolling|power|powering|smash|smashing|crash|crashing|plow|plowing|plough|ploughing|bust|busting|break|breaking|force|forcing|muscle|muscling|fight|fighting) (past|through) %advTheirSome% .{1,2} %advDefenseWord%',
    // Call-note shorthand with the verb last: "- pricing objection → overcome on Tues".
    '(objection|objections|pushback|resistance) .{0,3} (overcome|overcame|crush|crushed|kill|killed|destroy|destroyed|squash|squashed|neutralize|neutralized|neutralise|neutralised|bust|busted|smash|smashed|beat|steamroll|bulldoze)',
    // Their questions as something to stamp out: "shut down any talk of the competitor".
    '(shut|shutting|stamp|stamping|squash|squashing|quash|quashing|kill|killing|nip|nipping) (down|out)? (any|all) (talk|discussion|questions|chatter) (of|about)',
    // Told afterwards: "they pushed back but we shut it down".
    '(%advDefenseWord%|push back|pushed back|pushing back|tried to push) .{0,6} (shut|shot|knocked|swatted|slapped|stamped) (it|that|them|him|her) down',
  ],
  unless: [/\b(help|helping|helps) (them|him|her|you|the team|their team) (overcome|get past|get around)\b/],
  severity: 'warning',
  message: "Treats the buyer's concerns as obstacles to beat rather than to understand.",
  why: "An objection is the buyer telling you what matters to them. Beating it wins an argument and loses their trust; asking about it shows you care about getting it right.",
  alternatives: [{ rewrite: 'understand their concerns' }, { question: 'concerns' }],
  examples: {
    flag: [
      'He raised the SSO [[objection and I shot it down]] in two minutes.',
      '[[Overcome their objections]] on the security review next call.',
      '[[Steamroll past the data residency concerns]] on Friday.',
      'Prep so we can [[stamp out any talk of]] a phased rollout.',
      'Need a plan to [[crush the pricing pushback]] from finance.',
      '[[Push past their objections]] and get to the order form.',
      'Next call: [[destroy their argument]] about cost.',
      'Prep talking points to [[shut down any objections]] about migration.',
      'Role-play [[handling objections]] before the CFO meeting.',
      '- pricing [[objection → overcome]] Tues',
      '[[Kill their SSO objection]] before they raise it.',
      '[[Overpower their objections]] in the next meeting.',
      '[[Attack their objections]] head-on.',
      '[[Smash through their objections]] and get the PO.',
      '[[Bulldoze through their security review objections]].',
      '[[Flatten their objections]] with data.',
      'Need to [[take down their security objection]] once and for all.',
      "We need to [[dismantle their procurement guy's arguments]].",
    ],
    pass: [
      'Took down their objections in the call notes.',
      'The sync job kept failing, so we shut it down and restarted it.',
      'We will overcome the integration hurdle together.',
      'Ask what is behind their concerns about migration.',
      'We can help them get past their data residency concerns with the EU region.',
      'Their objection to the SSO pricing is fair; I will check with our team.',
      'The new import tool helps them get past the data cleanup step.',
      'Objection noted; we will come back with pricing options.',
      'We will fight through the backlog so their team can go live.',
    ],
  },
});
