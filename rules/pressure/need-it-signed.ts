import { defineRule } from '../define-rule';

/** The writer's need pressed onto the buyer: "I really need this signed today". */
export default defineRule({
  match: [
    '(i|we) (really|just|absolutely|badly|seriously)? (need|want|have to have) (this|it|the contract|the agreement|the order form|the paperwork|the deal|the renewal) (signed|back|done|closed|finalized|finalised|over the line|locked in|wrapped up)',
    '(i|we) (really|just|absolutely|badly|seriously)? (need|have to have|will need|am going to need|are going to need) (your|a|an) (signature|answer|decision|yes|commitment|verbal|verbal yes|verbal commitment|go ahead|sign off) (by|before)',
    '(i|we) (really|just|absolutely|badly|seriously)? (need|have to have|will need|am going to need|are going to need) (your|a|an) (signature|answer|decision|yes|commitment|verbal|verbal yes|verbal commitment|go ahead|sign off) %pNow%',
    '(need|needs) (this|it|the contract|the agreement|the order form) signed (by|before)',
    '(need|needs) (this|it|the contract|the agreement|the order form) signed %pNow%',
    '(i|we) (really|just)? need (to hear|an answer|a yes|to get a yes|to get an answer) back? (from you)? (by|before)',
    '(i|we) (really|just)? need (to hear|an answer|a yes|to get a yes|to get an answer) back? (from you)? %pNow%',
  ],
  unless: ['reported', 'buyer-deadline', /\bnda\b/],
  severity: 'warning',
  message: 'Presses your own need for a signature or answer onto the buyer.',
  why: 'Your quota is not their reason to decide. Tell them what you can do for them, and ask what they need to feel ready.',
  alternatives: [{ rewrite: 'whenever you are ready, I can get this signed' }, { question: 'concerns' }],
  examples: {
    flag: [
      'Following up: [[I really need this signed]] today.',
      '[[We will need your answer by Thursday]] to keep the slot.',
      '[[I need a decision by tomorrow]], sorry for the rush.',
      'Pipeline note: [[need the contract signed by Friday]].',
    ],
    pass: [
      'I need to check with my manager on the discount.',
      'We need your logo by Friday for the launch deck you asked about.',
      'Your procurement team said they need the agreement signed by the 15th for their fiscal close.',
      'We will need your signature on the NDA before the technical deep dive.',
    ],
  },
});
