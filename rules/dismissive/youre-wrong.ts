import { defineRule } from '../define-rule';

// "If I'm wrong", "correct me if": the writer doubting itself, and "you're not wrong" agreeing.
const SELF_DOUBT = /\b(correct me if|tell me if|let me know if|unless)\b[^.!?]*\byou('re| are)? (wrong|mistaken)|\bif you('re| are) (wrong|mistaken)\b/;

export default defineRule({
  match: [
    '[(you have been|you are|you were|you\'ve been) (flat out|just|simply|completely|totally|dead|plain|quite|really|clearly|obviously|absolutely|100%)? (out of date|behind the times|off base|way off|wrong|mistaken|incorrect|misinformed|confused|misguided)]',
    '[(you have|you\'ve) (got)? (the numbers|the facts|it all|it|this|that) (all)? (mixed up|wrong|backwards|backward|twisted|confused)]',
    '[(you have|you) (clearly|obviously|simply|completely|totally)? (are missing the bigger picture|are missing the big picture|missed the bigger picture|are missing the point|missed the point|miss the point|are confused|misunderstood|misread|misunderstand|are misunderstanding|misremember|misremembered|misheard)]',
    '[(prove|proves|proved|proven|show|shows|showed|shown) (that)? (you are|you were|you) (wrong|mistaken|incorrect)]',
    '[you must have (misread|misunderstood|misheard|missed|overlooked|confused)]',
    '[(not sure|no idea|i wonder) where you (got|heard|read) (that|this)]',
    '[you (have|had)? (got)? the wrong (end of the stick|impression|idea)]',
    '[(prove|proves|proved|show|shows|showed|say|says) (the opposite|otherwise)]',
  ],
  unless: [SELF_DOUBT],
  severity: 'warning',
  message: "Tells the buyer they are wrong instead of exploring their view.",
  why: "Telling someone they are wrong makes them defend their view, not reconsider it. Ask what they have seen; if the facts differ, share them as information, not as a verdict.",
  alternatives: [{ rewrite: 'I may be missing something, and here is what we have seen' }, { question: 'concerns' }],
  examples: {
    flag: [
      "[[You're wrong]] about the migration timeline.",
      '[[You must have misread]] the proposal.',
      "[[You're missing the bigger picture]] here.",
      "[[Not sure where you got that]] idea, but the API is included.",
      "I think [[you've got the wrong idea]] about the tiers.",
      '[[You misunderstand]] how the pricing works.',
      'Honestly, [[you are completely mistaken]] on the licensing terms.',
      'Our benchmark [[proves you wrong]] on latency.',
      "I think [[you've got it backwards]]: the API comes first.",
      'Actually, our numbers [[show otherwise]].',
    ],
    pass: [
      'You were right about the export limits.',
      "I'm wrong about that, thanks for catching it.",
      "You're not wrong to worry about the data migration.",
      'Correct me if you think I am wrong about the scope.',
    ],
  },
});
