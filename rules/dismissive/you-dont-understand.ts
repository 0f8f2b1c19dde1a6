import { defineRule } from '../define-rule';

// "Let me know if you don't understand a clause" offers help; it does not judge.
const OFFER = /\b(if|in case|whenever|when|whether|anything|anything that) (you|you're|you are)\b/;

export default defineRule({
  match: [
    '[(clearly|obviously|apparently|evidently|simply|just|really)? you (clearly|obviously|apparently|evidently|simply|just|really|still)? (do not|did not|can not|cannot|fail to|failed to|are not|are failing to|refuse to) (understand|get it|grasp|see the point|see the big picture|see the bigger picture|comprehend|follow|get how|get what|get why|get the point|know what you are talking about|know how|understand how|understand what|understand why|realize|realise|appreciate|read)]',
    '[you (are|were) (clearly|obviously|simply|just|still)? not (understanding|getting it|getting the point|seeing the big picture|seeing the bigger picture|listening|following)]',
    '[what you (do not|fail to|are failing to|need to) (understand|get|realize|realise|grasp|see)]',
    '[you (just|simply|really|clearly|still)? (do not|did not) get it]',
    '[(if you had|had you) (read|listened|paid attention|looked)]',
    '[you (need|have) to (understand|realize|realise|accept|get it into your head|get that)]',
    '[(let me|allow me to) (educate|enlighten|school) you]',
  ],
  unless: [OFFER],
  severity: 'warning',
  message: "Says the buyer doesn't understand instead of checking what was unclear.",
  why: "Telling someone they don't get it makes them feel small. If something is unclear, the explanation needs work: ask what is confusing and try again.",
  alternatives: [{ rewrite: 'I may not have explained this well, so let me try again' }, { question: 'clarity' }],
  examples: {
    flag: [
      "[[Clearly you don't understand how]] the sync works.",
      "Honestly, [[you just don't get it]].",
      "[[What you don't realize]] is that the add-on pays for itself.",
      '[[If you had read]] the proposal, you would know it is included.',
      '[[You need to understand]] that this is the industry standard.',
    ],
    pass: [
      "Let me know if you don't understand any part of the contract.",
      "I understand you don't get much time with the sales team.",
      'I may not have explained the sync well, so here is a diagram.',
      "You don't need to understand the API to use the importer.",
    ],
  },
});
