import { defineRule } from '../define-rule';

// "Happy to connect you with a few of your peers who use us": a reference offered, not a crowd.
const REFERENCE_OFFER = /\b(happy|glad|able) to (connect|introduce|put you in touch)|\bif (that|it) (would help|helps|is useful|would be useful)|\breference (call|customer|check)/;

export default defineRule({
  match: [
    '[(all|most|many|half|every one|each|some|several) of? your %spPeers% (have|has|are|is|were)? (all|now|already|recently)? (already|now)? %spAdopted%]',
    '[your %spPeers% (have|has|are|is|were)? (all|now|already|recently)? (already|now)? %spAdopted%]',
    '[%spLookalikes% (have|has|are|is|were)? (all|now|recently|increasingly|quickly)? already %spAdopted%]',
    '[%spLookalikes% (have|has|are|is|were)? (all|now|recently|increasingly|quickly)? (moved|moving|switched|switching|made the switch|made the move|migrated|migrating|signed|signing|signed up|signed on|adopted|adopting|joined|jumped on|jumping on|on board|onboard|upgraded|upgrading|gone with|going with|seeing results|getting results|pulling ahead|getting ahead|leaving you behind)]',
  ],
  unless: [REFERENCE_OFFER],
  severity: 'warning',
  message: "Uses the buyer's competitors or peers as a reason to buy.",
  why: "What a competitor bought says little about this buyer's needs, and it lands as a jab: you are behind. Talk about their goals instead, and offer references only if they would help.",
  alternatives: [{ rewrite: 'a few teams with similar goals have tried this' }, { question: 'outcome' }],
  examples: {
    flag: [
      '[[All of your competitors have already switched]] to us.',
      '[[Your rivals are already seeing results]] with the new module.',
      'Just so you know, [[companies like yours are already moving]] off legacy ticketing.',
      '[[Most of your peers signed up]] in the spring.',
      '[[Your biggest competitor went with]] us last quarter.',
    ],
    pass: [
      'Your competitors face the same margin squeeze you described.',
      'Happy to connect you with a few of your peers who use us, if that would help.',
      'Other companies handle this with a shared inbox, and that can work well.',
      'Your competitors are not something I can speak to.',
    ],
  },
});
