import { defineRule } from '../define-rule';

// "Most teams use a spreadsheet for this today" is an observation; only using *us* is a crowd claim.
export default defineRule({
  match: [
    '[%spCrowdSize% (of|of the|of our)? %spCrowdNoun% (in|like|across|at|your)? (your|the)? (industry|space|sector|market|size|region|field|vertical|yours)? (have|has|are|is|were)? (all|now|already|recently)? (already|now)? (moved|switched|switching|moving|made the switch|migrated|migrating|signed|signed up|signing up|signed on|adopted|adopting|joined|joining|jumped on|upgraded|on board|onboard|gone with|went with|chose|chosen|rely on us|trust us|use us|use our|using our|run on our|running on our|bought|purchased|invested in)]',
    '[(/^[0-9]+$/|nine|eight|seven|six) (out of|in) (/^[0-9]+$/|ten) %spCrowdNoun% (in|like|across|at)? .{0,3} (already|now)? (use|choose|chose|pick|picked|prefer|trust|switched|recommend|rely on|have switched|are switching)]',
    '[join (the|our)? (other)? %spCrowdSize% (of)? (other)? %spCrowdNoun% (who|that|already)]',
    '[join (your|their) (peers|competitors|colleagues)]',
  ],
  unless: [/\b(happy|glad) to (connect|introduce)|\breference (call|customer)/],
  severity: 'warning',
  message: 'Leans on how many others signed up instead of what this buyer needs.',
  why: "Numbers about other buyers are a crowd, not a reason. If it fits, it will fit because of this buyer's goals; ask about those instead.",
  alternatives: [{ rewrite: 'some teams have found this useful' }, { question: 'fit' }],
  examples: {
    flag: [
      '[[Most of your peers have already switched]] to quarterly billing.',
      '[[Thousands of teams have already made the switch]], and yours can too.',
      '[[9 out of 10 agencies in your region use]] our scheduler.',
      '[[Join the hundreds of clinics who]] already automated intake.',
      '[[80% of companies your size have switched]] this year.',
    ],
    pass: [
      'Most teams use a spreadsheet for this today, which is fine at your volume.',
      'Join us for the workshop on the 14th if it is useful.',
      'Most of your peers struggle with the same handoff problem.',
      'Thousands of small changes add up over a quarter.',
    ],
  },
});
