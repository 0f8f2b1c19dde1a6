import { defineRule } from '../define-rule';
import { REFERENCE_OFFER } from '../lexicon/conflict-and-tone';


/** Who the rep points at: the buyer's rivals and peers, or lookalikes of the buyer. */
const CROWDS = [
  '(every one|all|most|many|half|each|some|several) of? your %spPeers%',
  'your %spPeers%',
  '%spOrgs% %spLike%',
  '(every|each) %spOrgOne% %spLike%',
  'other %spOrgs%',
  '(all the|all) other %spOrgs% (in|across|throughout) (the same|your) %spDomain%',
  '%spOrgs% (in|across|throughout) (the same|your) %spDomain%',
  '(the rest of|the whole|the entire|most of) (your|the) %spDomain%',
  'early adopters',
];
const AUX = '(have|has|are|is|were)? (all|now|recently|increasingly|quickly|just|been)?';

export default defineRule({
  match: [
    // Anything they did "already" is the bandwagon; without "already", only a move towards us is.
    ...CROWDS.map((c) => `[${c} ${AUX} (already|now) %spAdopted%]`),
    ...CROWDS.map((c) => `[${c} ${AUX} %spCrowdVerb%]`),
    'your %spPeers% (in|like|across|at|from|on|your) .{1,3} (have|has|are|is|were|all|already|just|recently) (all|now|already|recently|just)? %spAdopted%',
    'your %spPeers% (are not going to|is not going to|will not|are not|is not) (sit still|sitting still|stand still|standing still|slow down|slowing down|hold back|holding back|wait|waiting|hesitate|hesitating)',
    'your %spPeers% (all|already)? (all|already)? (offer this|offer it|have this|have it|have that|offer that)',
    // Lookalikes "by now": the buyer cast as the one who is late.
    '%spLike% (is|are|has|have|had) (already|all|long)? (%spJoined%|moved|on|made|gone|using|running) .{0,4} by now',
    'been (rolled out|adopted|deployed|implemented|chosen|picked|bought) (by|across|throughout) (the majority|most|all|many|half|several|some|three|two|a few)? of? (your|the) (%spPeers%|%spDomain%)',
  ],
  unless: [REFERENCE_OFFER, 'reported', 'buyer-raised'],
  severity: 'warning',
  message: "Uses the buyer's competitors or peers as a reason to buy.",
  why: "What a competitor bought says little about this buyer's needs, and it lands as a jab: you are behind. Talk about their goals instead, and offer references only if they would help.",
  alternatives: [{ rewrite: 'a few teams with similar goals have tried this' }, { question: 'outcome' }],
  examples: {
    flag: [
      '[[Your competitors have been using this]] since spring.','Our platform has now [[been adopted across the majority of the sector]].', 'It has already [[been rolled out by most of your competitors]].', 'Frankly, [[your competitors have been on our platform]] for a year.', 
      'Just so you know, [[all of your competitors are now using]] it.',
      '[[Your rivals are already seeing results]] with the new module.',
      'Just so you know, [[companies like yours are already moving]] off legacy ticketing.',
      '[[Your biggest competitor went with]] the enterprise tier last quarter.',
      '[[Clinics in your region are flocking]] to the new intake flow.',
      '[[Your peers at Northwind are already live]].',
      '[[All the other clinics in your network are already on it]].',
      "[[Your competitors won't wait]].",
      '[[Your competitors already offer this]] to their customers.',
      '[[Early adopters are already seeing results]].',
      'Honestly, [[every agency your size has switched]] this year.',
      'Pretty much every bank [[your size is on a cloud core by now]].',
      '[[Shops like yours made this move]] in the spring.',
    ],
    pass: ['A couple of firms in your sector use us, and I\'m happy to share what worked if that\'s helpful.', 
      'Your competitors face the same margin squeeze you described.',
      'Happy to connect you with a few of your peers who use us, if that would help.',
      'Other companies handle this with a shared inbox, and that can work well.',
      'Your competitors are not something I can speak to.',
      'Companies like yours often start with the import tool.',
      'Every team your size has different needs, so let us look at yours.',
      'Customers like yours have usually had their first invoice by now, so tell me if yours is late.',
      'You said your competitors are moving to annual contracts; what does that change for you?',
    ],
  },
});
