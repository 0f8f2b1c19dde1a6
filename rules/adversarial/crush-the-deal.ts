import { defineRule } from '../define-rule';

// "crush the competition" is about rivals; only crushing the deal, account or buyer frames the buyer.
export default defineRule({
  match: [
    '(crush|crushing|crushed|smash|smashing|smashed|destroy|destroying|dominate|dominating|annihilate|obliterate|demolish|steamroll|steamrolling|bulldoze|bulldozing|bully|bullying|outgun|conquer|conquering|intimidate|intimidating) (%advDet%|his|her)? (deal|deals|account|accounts|buyer|buyers|prospect|prospects|client|clients|customer|customers|negotiation|negotiations|procurement|legal|cfo|vp|committee|call|demo|meeting|pitch|close|one)',
    '(steamroll|steamrolling|bulldoze|bulldozing|bully|bullying|intimidate|intimidating|flatten|flattening) %theirThe% . (committee|team|buyer|buyers|cfo|vp|lead|guy|director|board|prospect|client)',
    // "Let's go crush Acme tomorrow": a named account as the thing to crush.
    '(go|going|gonna|lets|let us|time to|we will|we are going to) go? [(crush|smash|destroy|dominate|annihilate|demolish|steamroll|bulldoze) .]',
    '(crush|crushing|crushed|smash|smashing|smashed|destroy|destroying|dominate|dominating|annihilate|obliterate|demolish|steamroll|steamrolling|bulldoze|bulldozing|bully|bullying|outgun|conquer|conquering|intimidate|intimidating) (them|him|her) (on|in|at|into|with|over)',
    '[(demolish|destroy|crush|shred|tear apart|rip apart) (their|his|her) (case|position|business case|logic)]',
  ],
  // Crushing a quota, the quarter or the competition is about rivals and targets, not the buyer.
  unless: [/\b(crush|smash|destroy|dominate|annihilate|demolish|steamroll|bulldoze)\w* (it|our|your|my|their (quota|targets?|goals?|numbers)|the (competition|quarter|numbers?|quota|targets?|goals?|year|launch|backlog|market|record|bugs?)|quota|q[1-4]|competitors|this quarter|this year|targets?|goals?|expectations|records?|the bugs?)\b/],
  severity: 'warning',
  message: 'Frames the deal or the buyer as something to crush.',
  why: "Selling is not a fight with a winner and a loser. When the goal is to crush the deal, the buyer's interests drop out of the plan, and they notice.",
  alternatives: [{ rewrite: 'help them get this right' }, { question: 'outcome' }],
  examples: {
    flag: [
      "[[Shred their business case]] on Thursday.",
      "We're going to [[crush this deal]].",
      'Go in Tuesday and [[dominate the negotiation]].',
      'Just [[steamroll procurement]] and get the signature.',
      '[[Bully them into]] the three-year term.',
      '[[Steamroll the buying committee]] if they push back.',
      '- gonna [[crush this one]], they are desperate',
      "Let's go [[crush Acme]] tomorrow!!",
    ],
    pass: [
      'We crushed our onboarding backlog this quarter.',
      'Their new product could crush the competition in the midmarket.',
      'Help them get this right before the rollout.',
      "Let's go crush our Q3 number, team!",
      'We are going to crush it at the demo day.',
    ],
  },
});
