import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '(go|goes|going|went|move|moves|moving|moved|come|coming|close|closing|lean|leaning) (right in|straight in|in)? for? (the|their|his|her) (kill shot|kill|jugular|throat|knockout)',
    '(kill shot|killer blow|knockout blow|death blow|finishing blow|final blow)',
    '(finish|finishing) (the buyer|the prospect|the client|them|him|her) off',
    '(smell|smells|smelled|smelt|smelling) blood',
    'blood in the water',
    '(twist|twisting|twisted) the knife',
  ],
  severity: 'warning',
  message: 'Talks about the buyer as prey: "go in for the kill".',
  why: 'Selling is helping someone make a decision that is good for them. Notes that frame the buyer as prey carry into the next conversation, and buyers feel it.',
  alternatives: [{ rewrite: 'ask what they still need to decide' }, { question: 'concerns' }],
  examples: {
    flag: [
      'Demo went well, next call we [[go in for the kill]].',
      'CFO is wavering, time to [[move in for the kill]].',
      'Legal signed off, [[finish them off]] on Thursday.',
      "They admitted the budget is approved, I [[smell blood]].",
      'Time to [[twist the knife]] on the cost of doing nothing.',
    ],
    pass: [
      'This feature is a killer for their reporting workflow.',
      'The old integration killed their sync jobs twice last month.',
      'Ask what they still need to decide before Thursday.',
    ],
  },
});
