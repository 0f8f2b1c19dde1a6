import { defineRule } from '../define-rule';

// "If I'm wrong", "correct me if": the writer doubting itself, and "you're not wrong" agreeing.
const SELF_DOUBT = /\b(correct me if|tell me if|let me know if|unless)\b[^.!?]*\byou('re| are)? (wrong|mistaken)|\bif you('re| are) (wrong|mistaken)\b/;
// "I had the dates backwards", "do I have that wrong?": the writer owning the mix-up.
const SELF_MIXUP = /\b(i|we)('ve| have| had|'d| may have| might have| must have| probably)? (got |gotten |had |have )?(it|this|that|things|everything|the [a-z]+) (all |completely |totally )?(wrong|backwards?|mixed up|upside down)|\b(do|did|have|if|maybe|perhaps) (i|we) (have |had |got )?(it|this|that|the [a-z]+) /;
// "Sorry, your invoice was wrong, we've fixed it": the writer's own error about the buyer's papers.
const OUR_FIX = /\b(sorry(?!,? but)|apolog|my (fault|mistake|bad)|our (fault|mistake|bad|error)|(we|i)('ll| will| have|'ve)? (fix|fixed|correct|corrected|update|updated|resend|reissue))/;
// "Your numbers are off to a great start", "your team is off on Friday".
const OFF_IDIOM = /\boff (to|by|for|the|on|until|today|tomorrow|work|sick|duty|this|next|in|at)\b/;

export default defineRule({
  match: [
    '(you have been|you are|you were|youre|ur) (flat out|just|simply|completely|totally|dead|plain|quite|really|clearly|obviously|absolutely|100%)? (out of date|behind the times|off base|way off|wrong|mistaken|incorrect|misinformed|confused|misguided)',
    // Someone on the buyer's side "has it backwards": "your team has it backwards", "you have the math wrong".
    '(has|have|had|got|get|getting) (%thisThat%|things|everything|the math|the maths|the numbers|the facts|the logic|the order|the sequence|the story|the timeline|the pricing|the details) (all|completely|totally|exactly|entirely)? (backwards|backward|wrong|mixed up|upside down|confused|twisted|reversed)',
    // "Your numbers are off", "your analysis is flawed", "your spreadsheet is wrong".
    'your .{1,5} (is|are|was|were) (just|simply|completely|totally|all|flat|dead|plain|way|a bit|clearly|obviously|frankly|fundamentally)? (wrong|flawed|off|incorrect|inaccurate|mistaken|backwards|backward|misguided|misinformed|off base|all wrong|nonsense|bogus)',
    'the way (%youTeam%|you are|your team is) .{1,4} (is|are) (just|simply|completely|totally|all|plain|clearly|obviously|frankly|fundamentally)? (wrong|broken|backwards|outdated|inefficient|crazy|insane|nuts|a mess|a disaster|flawed)',
    'your .{0,3} (do|does) not (really|even)? add up',
    '(your|that|this) .{0,2} %disClaim% (makes|made) (no|zero|little) sense',
    '(your|that|this) .{0,2} %disClaim% (does|did) not make any? sense',
    'whoever (told you|said|wrote) (that|this)? (is|was) (wrong|mistaken|misinformed|confused|incorrect|lying)',
    '(you are|youre) (clearly|obviously|just|probably)? (confusing|mixing up) .{1,3} with',
    '(you have|you) (clearly|obviously|simply|completely|totally)? (are missing the bigger picture|are missing the big picture|missed the bigger picture|are missing the point|missed the point|miss the point|are confused|misunderstood|misread|misunderstand|are misunderstanding|misremember|misremembered|misheard)',
    '(prove|proves|proved|proven|show|shows|showed|shown) that? (you are|you were|you) (wrong|mistaken|incorrect)',
    'you must have (misread|misunderstood|misheard|missed|overlooked|confused)',
    'you (keep|kept|always|constantly) (miss|missing) the point',
    '(that is|rather|completely|totally|entirely) missing the (point|bigger picture|big picture)',
    '(you have|you) .? got the wrong end of the stick',
    '(not sure|no idea|i wonder) where you (got|heard|read) (that|this)',
    'you (have|had)? got? the wrong (end of the stick|impression|idea)',
    '(looking at|reading) (it|this) the wrong way',
    // A mistake put on the buyer: "that's simply a misunderstanding on your side".
    '(misunderstanding|mistake) on your (side|part|end)',
    '(let me|allow me to) correct you',
    '(prove|proves|proved|show|shows|showed|say|says) (the opposite|otherwise)',
    '(that is|that\'s) (an|a very|a bit of an|a rather)? (outdated|old fashioned|simplistic|naive) (way of looking at|way of thinking about|way to look at|view|take)',
  ],
  unless: [SELF_DOUBT, SELF_MIXUP, OUR_FIX, OFF_IDIOM, /\?\s*$/, /\b(if|whether|unless|in case)\b[^.!?]*\byour?\b/],
  severity: 'warning',
  message: "Tells the buyer they are wrong instead of exploring their view.",
  why: "Telling someone they are wrong makes them defend their view, not reconsider it. Ask what they have seen; if the facts differ, share them as information, not as a verdict.",
  alternatives: [{ rewrite: 'I may be missing something, and here is what we have seen' }, { question: 'concerns' }],
  examples: {
    flag: [
      'I think you\'re [[reading this the wrong way]].',
      'That is a [[misunderstanding on your part]].',
      'Well, [[let me correct you]] on that.',
'I think [[you\'ve rather got the wrong end of the stick]].', 'Honestly, that\'s [[rather missing the point]].', 
      "[[That's a rather simplistic view]], if I may.",
      "[[You're wrong]] about the migration timeline.",
      '[[You must have misread]] the proposal.',
      "[[You're missing the bigger picture]] here.",
      "[[Not sure where you got that]] idea, but the API is included.",
      "I think [[you've got the wrong idea]] about the tiers.",
      '[[You misunderstand]] how the pricing works.',
      'Honestly, [[you are completely mistaken]] on the licensing terms.',
      'Our benchmark [[proves you wrong]] on latency.',
      "I think you've [[got it backwards]]: the API comes first.",
      'Actually, our numbers [[show otherwise]].',
      '[[Youre wrong]] about the contract length.',
      '[[ur wrong]] about the price',
      'With respect, your IT lead [[has it backwards]].',
      'You [[have the math backwards]].',
      'Honestly, [[your forecast is way off]].',
      '[[Your spreadsheet is wrong]].',
      "Respectfully, [[your team's reading of the SLA is just wrong]].",
      '[[Your analysis is fundamentally flawed]].',
      "[[The way you're handling renewals is just wrong]].",
      "[[Your numbers don't add up]].",
      '[[That objection makes no sense]].',
      '[[Whoever told you that was mistaken]].',
      "[[You're confusing us with]] another vendor.",
      '[[You keep missing the point]].',
      "Sorry, but [[you've misunderstood]] the contract.",
    ],
    pass: [
      'Sorry, that was a misunderstanding on our side.',
      'Please correct me if I have this wrong.',
'I may have got the wrong end of the stick, so tell me.', 
      'You were right about the export limits.',
      "I'm wrong about that, thanks for catching it.",
      "You're not wrong to worry about the data migration.",
      'Correct me if you think I am wrong about the scope.',
      'Sorry, I had the dates backwards in my last note.',
      'Do I have that wrong?',
      'Your numbers are off to a great start this quarter.',
      'Your invoice was wrong, sorry about that, we have fixed it.',
      'If your numbers are off, tell me and I will rerun the model.',
      'Is your forecast wrong, or is the import?',
    ],
  },
});
