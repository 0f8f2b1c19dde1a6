import { defineRule } from '../define-rule';

// "crush the competition" is about rivals; only crushing the deal, account or buyer frames the buyer.
export default defineRule({
  match: [
    '[(crush|crushing|crushed|smash|smashing|smashed|destroy|destroying|dominate|dominating|annihilate|obliterate|demolish|steamroll|steamrolling|bulldoze|bulldozing|bully|bullying|outgun|conquer|conquering) (this|the|that|their|his|her|these|those)? (deal|deals|account|accounts|buyer|buyers|prospect|prospects|client|clients|customer|customers|negotiation|negotiations|procurement|legal|cfo|vp|committee|call|demo|meeting|pitch|close)]',
    '[(crush|crushing|smash|smashing|destroy|destroying|dominate|dominating|annihilate|steamroll|steamrolling|bulldoze|bulldozing|bully|bullying|conquer|conquering|intimidate|intimidating) (them|him|her) (on|in|at|into|with|over)]',
  ],
  severity: 'warning',
  message: 'Frames the deal or the buyer as something to crush.',
  why: "Selling is not a fight with a winner and a loser. When the goal is to crush the deal, the buyer's interests drop out of the plan, and they notice.",
  alternatives: [{ rewrite: 'help them get this right' }, { question: 'outcome' }],
  examples: {
    flag: [
      "We're going to [[crush this deal]].",
      'Go in Tuesday and [[dominate the negotiation]].',
      'Just [[steamroll procurement]] and get the signature.',
      '[[Bully them into]] the three-year term.',
    ],
    pass: [
      'We crushed our onboarding backlog this quarter.',
      'Their new product could crush the competition in the midmarket.',
      'Help them get this right before the rollout.',
    ],
  },
});
