import { defineRule } from '../define-rule';

// "We're the only vendor still offering on-prem" is the writer describing itself.
const SELF = /\b(we|we're|we are|i|i'm|i am|our [a-z]+( is| are)?|it's|it is|this is|that's|that is)\s+(still |now |really |truly |probably )?(the|one of the) (last|only|few)\b/;

export default defineRule({
  match: [
    '%never%? (want to)? (end up|be|being|are|is|remain|remaining|become|becoming) (kinda|kind of|basically|pretty much|practically|now)? [(one of the|the) (last|only|few) %spOddOne%? (in|on|at|among|of)? .{0,4} (still|left|stuck|holding|not|without)]',
    '%never%? (want to)? (end up|be|being|are|is|remain|become|becoming) [(one of the|the) (last|only) %spOddOne%? to (make the switch|make the move|get on board|come on board|figure it out|catch on|sign up|get there|jump on|come around|adopt|switch|move|change|upgrade|modernize|modernise|join|sign|buy|embrace|act)]',
    '%never%? (want to)? (end up|be|being|are|is|remain|become|becoming) [the last %spOddOne% (in|on|among|across) (your peer group|the city|your city|the state|your state|the region|your region|your industry|the industry|your space|the space|the market|your market|your network|your sector|the sector|your area|the area|the country|your field|the group|your group|town)]',
    '(one of the|the|a)? (last|only|final) (hold outs|hold out|holdouts|holdout)',
    '%never%? (want to)? (end up|be|being|are|is|remain|become|becoming) [(the|an) odd (one|man|team|company|firm|shop) out]',
    '(be|being|are|is|remain|end up) [(one of the|the) (last|only) %spOddOne%? still? (standing|stuck|clinging|holding out) (on|with|to)]',
    '(be|being|are|is|remain|end up) [(one of the|the) (last|only) %spOddOne%? still? (on|using|with|running) (the old|old|legacy|paper|spreadsheets|excel|outdated|manual|the legacy)]',
    '(be|being|are|is|remain|end up) [the only .{0,1} %spOddOne% (in|on|among|across) (your|the) (network|region|industry|sector|state|city|town|market|space|peer group|area|county|group|field|country|vertical)]',
    // "We've signed every grocer in the Northeast except you": the buyer named as the exception.
    '(%spAll%|every|all|each) .{1,8} (but|except) (%youTeam%|yours|your company|your firm)',
    // "Nobody in your market is still doing it the old way": the same sting, said of the crowd.
    '(nobody|no one) else? (in|at|across|around) .{1,4} (is|are)? still (doing|using|on|running|working|stuck)',
    'no other %spOddOne% else? (in|at|across|around) .{1,4} (is|are)? still (doing|using|on|running|working|stuck)',
  ],
  unless: [SELF, 'reported'],
  severity: 'warning',
  message: 'Casts the buyer as the odd one out who has not bought yet.',
  why: "Being the last one is a social sting, not a reason. Whether it fits depends on this buyer's situation, and it is fine for them to move at their own pace.",
  alternatives: [{ rewrite: 'whatever your timing, this will still be here' }, { question: 'fit' }],
  examples: {
    flag: [ "You'd be [[the only dental practice in town still]] on paper charts.",'ngl you\'re kinda [[the last one in your peer group not]] on this', 
      "Don't be [[the only team still]] exporting CSVs by hand.",
      "You're going to be [[the last one to adopt]] this in your region.",
      "You'd be [[one of the few clinics in the state still]] on paper intake.",
      'They are [[the last holdout]] in their group.',
      "You don't want to be [[the last clinic in town]] on paper charts.",
      "Don't be [[the odd one out]] on this.",
      "You'll be [[the last one standing on]] legacy tools.",
      'Be [[the last team on the old]] system and see how that feels.',
      '[[Nobody in your industry is still doing]] this by hand.',
      "By spring you'll be [[the only one in your network]].",
      "We've signed [[every major grocer in the Northeast except you]].",
      'Your team is [[the only one not]] using it yet.',
    ],
    pass: [
      "We're the only vendor still offering an on-prem option.",
      'You were the only one who asked about data residency, which was helpful.',
      'You are the last person I need a signature from for the NDA, no rush.',
      'She was the last one to leave the meeting.',
      "They don't want to be the last to know about outages.",
      "They said they're the only team still on the legacy ERP.",
      'Nobody on our team is still using the old login.',
      'Everyone except you has already sent their dietary needs for the offsite.',
      'She was the odd one out in the photo, wearing blue.',
    ],
  },
});
