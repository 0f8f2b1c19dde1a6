import { defineRule } from '../define-rule';

// "Let me know if you don't understand a clause" offers help; it does not judge.
const OFFER = /\b(if|in case|whenever|when|whether|let me know|tell me|feel free)\b[^.!?]*\byou\b/;
// "I'm not saying you don't understand": the writer ruling the reading out.
const DISCLAIMED = /\b(not|never) (saying|suggesting|implying|that)\b/;

export default defineRule({
  match: [
    '[(clearly|obviously|apparently|evidently|simply|just|really) you (clearly|obviously|apparently|evidently|simply|just|really|still)? (are failing to|do not|did not|can not|fail to|failed to|are not|refuse to|cannot) (know what you are talking about|see the big picture|see the bigger picture|see the point|get the point|get it|get how|get what|get why|know how|understand how|understand what|understand why|understand|grasp|comprehend|follow|realize|realise|appreciate|read)]',
    '[you (clearly|obviously|apparently|evidently|simply|just|really|still)? (are failing to|do not|did not|can not|fail to|failed to|are not|refuse to|cannot) (know what you are talking about|see the big picture|see the bigger picture|see the point|get the point|get it|get how|get what|get why|know how|understand how|understand what|understand why|understand|grasp|comprehend|follow|realize|realise|appreciate|read)]',
    '[you (are|were) (clearly|obviously|simply|just|still)? not (seeing the big picture|seeing the bigger picture|getting the point|getting it|understanding|listening|following|seeing the full value|seeing the real value|seeing the full picture|seeing the whole picture|seeing the obvious|seeing the point|seeing it)]',
    '[what you (are failing to|do not|fail to|need to) (understand|get|realize|realise|grasp|see)]',
    '[you (just|simply|really|clearly|still)? (do not|did not) get it]',
    '[you (just|simply|clearly|still|really|obviously) (are|were) not (getting it|getting the point|listening|following|understanding|seeing the big picture|seeing the bigger picture|seeing it)]',
    // Said of someone on the buyer's side: "their IT lead doesn't get it".
    '[(does|do|did) not (really|even|quite)? get it]',
    "[(does|do|did) not (really|even)? know what (he is|she is|they are|you are|he's|she's|they're|you're) (talking about|doing)]",
    "[(has|have|had) no (idea|clue) what (he is|she is|they are|he's|she's|they're) (talking about|doing)]",
    '[you (have|had|were|are) not (been)? (paying attention|listening)]',
    '[(has|have) (absolutely)? no clue]',
    '[(not sure|no idea) why .{1,3} (is|are) (so|still)? (confused|hung up|fixated|stuck|worked up|upset|obsessed)]',
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
  unless: [
    'reassurance',
    OFFER,
    DISCLAIMED,
    // "we don't get it either", "get it done", "if they don't get it from the demo, that's on us".
    /\b(i|we)( just| really| still)? (do not|don't|did not|didn't) (really |even |quite )?get it\b/,
    /\bget it (done|right|back|working|to|in|out|fixed|through|from|signed|approved|over|up|running|on|live|wrong|all|for|delivered|sorted|installed|set|yet|now)\b/,
    /\b(if|when|in case|unless|whether)\b[^.!?]*\bget it\b/,
    /\b(i|we) (do not|don't|did not|didn't) (really )?know what\b/,
    /\b(i|we)( really| honestly| just)? (have|had|'ve) (absolutely )?no clue\b/,
  ],
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
      "Honestly, [[you just aren't getting it]].",
      "- their CFO [[doesn't get it]], go around him",
      "Their IT lead [[doesn't know what he's talking about]].",
      'Honestly, the consultant [[has no idea what she is doing]].',
      "[[You haven't been paying attention]] to what I said.",
      "[[Not sure why your CFO is so confused]] about this.",
      "[[You're not seeing the obvious]] here.",
      'Your IT guy clearly [[has no clue]].',
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
      "We don't get it either, so I've asked engineering.",
      'I have no clue why the sync failed, so I asked our engineers.',
      "I don't know what you're talking about yet, can you send the error?",
      "If the team doesn't get it from the demo, that's on us.",
      "The API doesn't get it right on leap years; a fix ships Friday.",
    ],
  },
});
