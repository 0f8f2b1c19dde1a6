import { defineRule } from '../define-rule';
import { eachTarget } from '../lexicon/conflict-and-tone';

// "some ammo for your budget meeting": arming the buyer's own case, not attacking them.
const FOR_THE_BUYER = /\b(give|giving|gives|send|sending|share|sharing|arm|arming|for) (you|your|the champion|our champion|their champion)\b/;
// Written to the buyer ("for the case you're building") and aimed at no one on their side.
const TO_THE_BUYER = /^(?!.*\b(against|on them|at them)\b).*\b(you|your|you're)\b/;

export default defineRule({
  match: eachTarget([
    '(ammunition|firepower|ammo) (to use against|to use on|against|for|on|at) (%theirThe%|our|next|his|her)? (negotiations|negotiation|conversation|discussion|procurement|objections|objection|pushback|pricing|renewal|meeting|prospect|client|budget|buyers|buyer|price|legal|call|demo|pitch|deal|talks|review|qbr|cfo|vp|them|him|her)',
    'as (ammunition|ammo)',
    '(ammunition|ammo) against',
    // Plain "good ammo" is a shop review of cartridges; "good ammunition" is a rep's metaphor.
    '(excellent|powerful|perfect|serious|useful|strong|solid|great|extra|good|more|some|enough|real|plenty of) ammunition',
    '(use|using|used|weaponize|weaponise|weaponizing|weaponising|wield|wielding) .{0,4} (as|like) (a|our|my)? (weapon|club|cudgel|hammer|stick|leverage)',
    '(for|as) leverage (against|over|on) %advTarget%',
    '(weaponize|weaponise|weaponizing|weaponising|weaponized|weaponised) .{0,5} (against|on)',
    '(leverage|weapon|weapons|stick) (against|over) %advTarget%',
  ]),
  unless: [FOR_THE_BUYER, TO_THE_BUYER],
  severity: 'warning',
  message: 'Calls information "ammo" against the buyer.',
  why: "Facts are for helping the buyer see whether this fits, not for firing at them. Share what you know openly and ask what they'd need to see.",
  alternatives: [{ rewrite: 'as evidence to share' }, { question: 'clarity' }],
  examples: {
    flag: [
      'Pull usage stats [[as ammo]] for the renewal call.',
      'Bring [[ammo for the pricing]] call.',
      'Their outage last month is [[good ammunition]].',
      '[[Use the churn numbers as a weapon]] in the pricing talk.',
      'Keep the audit finding [[as leverage against procurement]].',
      '[[Weaponize the Initech case study against]] their skeptic.',
    ],
    pass: [
      'I can give you some ammo for your budget meeting with the CFO.',
      'Share the benchmark so they can judge for themselves.',
      'Pull the usage stats to share with them before the renewal call.',
      "Good ammunition for the business case you're building.",
      'Ammo box supplier, 40 locations, outdoor retail.',
      'Federal 9mm Ammo, 50 rounds. Good ammo for the range.',
      'Here are the key bullets from the call.',
    ],
  },
});
