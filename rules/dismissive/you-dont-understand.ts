import { defineRule } from '../define-rule';

// "Let me know if you don't understand a clause" offers help; it does not judge.
const OFFER = /\b(if|in case|whenever|when|whether|let me know|tell me|feel free)\b[^.!?]*\byou\b/;
// "I'm not saying you don't understand": the writer ruling the reading out.
const DISCLAIMED = /\b(not|never) (saying|suggesting|implying|that)\b/;

export default defineRule({
  match: [
    '[(clearly|obviously|apparently|evidently|simply|just|really) you (clearly|obviously|apparently|evidently|simply|just|really|still)? (are failing to|do not|did not|can not|fail to|failed to|are not|refuse to|cannot) (know what you are talking about|see the big picture|see the bigger picture|see the point|get the point|get it|get how|get what|get why|know how|understand how|understand what|understand why|understand|grasp|comprehend|follow|realize|realise|appreciate|read)]',
    '[you (clearly|obviously|apparently|evidently|simply|just|really|still)? (are failing to|do not|did not|can not|fail to|failed to|are not|refuse to|cannot) (know what you are talking about|see the big picture|see the bigger picture|see the point|get the point|get it|get how|get what|get why|know how|understand how|understand what|understand why|understand|grasp|comprehend|follow|realize|realise|appreciate|read)]',
    '[you (are|were) (clearly|obviously|simply|just|still)? not (seeing the big picture|seeing the bigger picture|getting the point|getting it|understanding|listening|following|seeing the full value|seeing the real value|seeing the full picture|seeing the whole picture)]',
    '[what you (are failing to|do not|fail to|need to) (understand|get|realize|realise|grasp|see)]',
    '[you (just|simply|really|clearly|still)? (do not|did not) get it]',
    '[you (need|have) to (get it into your head|get that|understand|realize|realise|accept)]',
    '[(allow me to|let me) (educate|enlighten|school) you]',
    '[(i do not|i am not sure|i\'m not sure) (think|believe|feel|know if)? you (really|fully|quite)? (get the point|understand|get it|realize|realise|appreciate|grasp|see)]',
    '[why (this|it|that) is (so|that) (hard|difficult|complicated|confusing|tricky) to (understand|grasp|follow|get)]',
    '[you (have|had) no (idea|clue) what you are talking about]',
    '[(is not|it is not|it\'s not) (that|so|very|really)? (hard|difficult|complicated|complex) to (understand|grasp|follow|figure out)]',
    '[you (do not|did not) (seem to|appear to) (understand|get it|grasp|see|realize|realise|appreciate)]',
    '[(obviously|clearly|evidently|apparently) you (have not|did not) (looked at|tried|used|read|seen|checked)]',
    '[you (obviously|clearly|evidently|apparently) (have not|did not) (looked at|tried|used|read|seen|checked)]',
  ],
  // Its patterns carry their own negation ("you don't get it"), and "I'm not sure why..." opens one.
  noDefaultGuards: true,
  unless: ['reassurance', OFFER, DISCLAIMED],
  severity: 'warning',
  message: "Says the buyer doesn't understand instead of checking what was unclear.",
  why: "Telling someone they don't get it makes them feel small. If something is unclear, the explanation needs work: ask what is confusing and try again.",
  alternatives: [{ rewrite: 'I may not have explained this well, so let me try again' }, { question: 'clarity' }],
  examples: {
    flag: [
      "[[Clearly you don't understand how]] the sync works.",
      "Honestly, [[you just don't get it]].",
      "[[What you don't realize]] is that the add-on pays for itself.",
      '[[You need to understand]] that this is the industry standard.',
      "[[I don't think you understand]] the value here.",
      "Honestly, [[it isn't that hard to understand]].",
      "[[You don't seem to understand]] the value.",
      "With respect, [[you're not seeing the full value]].",
      "[[Clearly you haven't tried]] the new version.",
      "I'm not sure [[why this is so hard to understand]].",
    ],
    pass: [
      "Let me know if you don't understand any part of the contract.",
      "I understand you don't get much time with the sales team.",
      'I may not have explained the sync well, so here is a diagram.',
      "You don't need to understand the API to use the importer.",
      "It's not that hard to set up, and here is a short video.",
      "You haven't seen the new dashboard yet, so here is a short video.",
      'Let me know if anything is unclear or you do not understand a clause.',
      "I'm not saying you don't understand; the docs are thin.",
    ],
  },
});
