import { defineRule } from '../define-rule';
import { REFERENCE_OFFER } from '../lexicon/conflict-and-tone';

// "Most teams use a spreadsheet for this today" is an observation; only using *us* is a crowd claim.
export default defineRule({
  match: [
    'majority of .{1,3} (has|have|is|are)? (already|now|all)? %spCrowdVerb%',
    '%spCrowdSize% (of the|of our|of)? %spCrowdNoun% (have|has|are|is|were)? (all|now|already|recently|just)? (already|now)? %spCrowdVerb%',
    '%spCrowdSize% (of the|of our|of)? %spCrowdNoun% (in|like|across|at|from|on|your) .{1,3} (have|has|are|is|were|already|all|now|just) (already|now)? %spCrowdVerb%',
    '%spCrowdSize% (of the|of our|of)? %spCrowdNoun% (in|like|across|at|from|on|your) .{1,3} (switched|signed|moved|adopted|joined|chose|migrated|upgraded|flocking)',
    '(nine|eight|seven|six|/^[0-9]+$/) (out of|in|of the) (ten|/^[0-9]+$/) (ops|it|finance|security|hr|marketing|engineering|largest|biggest|top)? %spCrowdNoun% (in|like|across|at)? .{0,5} (rolled|adopted|switched|switching|signed|moved|joined|run|use|uses|choose|chose|pick|picked|prefer|trust|recommend|rely|relies)',
    'join (the|our)? other? %spCrowdSize% of? other? .{0,2} (who|that|already)',
    'join the rest of (your|the) (industry|market|sector|field|space|peers|world|pack|crowd|country|region|vertical)',
    'join (your|the|their) (peers|competitors|colleagues|industry|crowd|movement|bandwagon|revolution|majority)',
    '(join|joining|joined) the (likes|ranks) of',
    'like /^[0-9][0-9,+]*k?$/ others',
    // A famous list as the crowd: "half the Fortune 500 already runs on us".
    '(half|most) of? the (fortune|inc|ftse) .{0,6} (on|with) (us|our)',
    "every .{0,1} %spOrgOne% (i|we) (have|had)? (spoken|talked|worked|met|pitched|demoed) (to|with) .{0,4} (signed|switched|joined|moved|adopted|bought)",
  ],
  unless: [REFERENCE_OFFER, 'reported'],
  severity: 'warning',
  message: 'Leans on how many others signed up instead of what this buyer needs.',
  why: "Numbers about other buyers are a crowd, not a reason. If it fits, it will fit because of this buyer's goals; ask about those instead.",
  alternatives: [{ rewrite: 'some teams have found this useful' }, { question: 'fit' }],
  examples: {
    flag: [
      '[[Half your sector already runs on us]].', '[[Most of the Fortune 100 now work with us]].','Be the next team to switch, [[like 300 others]] this quarter.', 'The overwhelming [[majority of NHS trusts have now adopted]] the platform.', '[[Eight out of ten finance leaders we work with have adopted]] it.',  'Honestly, [[every clinic I have talked to this spring has switched]].',
      '[[Most agencies in your region have already switched]] to quarterly billing.',
      '[[Thousands of teams have already made the switch]], and yours can too.',
      '[[9 out of 10 agencies in your region use]] our scheduler.',
      '[[Nine out of ten CFOs we talk to already use]] a tool like this.',
      '[[Join the hundreds of clinics who]] already automated intake.',
      '[[80% of companies your size have switched]] this year.',
      '[[Most of the hospitals in your network now use our]] scheduler.',
      'Over [[500 companies signed up]] this quarter alone.',
      '[[Half your industry is already on board]].',
      '[[Join the rest of your sector]] and make the move.',
      '[[Join the movement]]: thousands have switched.',
      "You'd be [[joining the ranks of]] Acme and Globex.",
    ],
    pass: [
      'Most teams use a spreadsheet for this today, which is fine at your volume.',
      'Join us for the workshop on the 14th if it is useful.',
      'Most of your peers struggle with the same handoff problem.',
      'Thousands of small changes add up over a quarter.',
    ],
  },
});
