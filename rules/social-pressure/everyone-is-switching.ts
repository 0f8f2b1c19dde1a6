import { defineRule } from '../define-rule';

// "Everyone on your team uses Slack" is discovery, not a crowd: the buyer's own people are excluded.
const OWN_PEOPLE = /\b(everyone|everybody)('s)? (else )?(is |are )?(on|in|at|from) (your|my|our|their|the|this) (team|side|company|office|org|organization|department|staff|call|board|thread|meeting|email)\b|\b(everyone|everybody) (here|there)\b/;
// "Everyone in the industry is still on spreadsheets" describes the pain, not a bandwagon.
const STILL_OLD_WAY = /\b(everyone|everybody|industry|market|sector|space)\b[^.!?,;]*\b(still|stuck) (using|on|with|doing)\b/;

export default defineRule({
  match: [
    "(everyone|everybody|everyone's|everybody's) else? (in|at|across|around|throughout)? (the|this|your|our)? (industry|space|sector|market|field|vertical|niche|region|category|world|country|city|area)? (has|have|is|are|was|were)? (pretty much|been|now|already|all|quickly|rapidly|basically)? (already|now)? %spAdopted%",
    '%spAll% (i|we) (talk|talked|speak|spoke|work|worked|meet|met|deal) (to|with)? (has|have|is|are)? (already|now|all)? %spAdopted%',
    '(every|each) .{1,2} (i|we) (talk|talked|speak|spoke|work|worked|meet|met|deal) (to|with)? (has|have|is|are)? (already|now|all)? (%spAdopted%|on this)',
    '(all the|the) cool kids .{0,3} (are|have|use|uses|run|chose|moved|switched|went)',
    '%spAll% .{0,5} (has|have) (already|now|all)? made the (switch|move|jump|leap)',
    '%spAll% who is anybody',
    '(your|the) (industry|market|world|sector|space) (has|have)? already? moved on',
    "(everyone|everybody|everyone's|everybody's) (is|are)? (on board with|talking about|raving about|jumping on|getting on|catching on)",
    '(your|the) (whole|entire) (industry|market|sector|space|field|world) (has|is)? (already|now)? (on board|jumped|jumping|moving|moved|switching|switched|shifting|shifted|migrating|migrated|heading|going|gone|went|adopting|adopted|converging)',
    // Loose forms: "everybody in logistics is switching", "everyone in their peer group has moved".
    '%spAll% .{0,5} (is|are|has|have|was) (now|all|already|basically)? (switching|switched|moving|moved|migrating|migrated|signing|signed|joining|joined|adopting|adopted|upgrading|upgraded|jumping|flocking|converting|converted)',
    '%spAll% .{1,5} (is|are) (now|all|already|basically)? (using|on|doing|running) (it|us|this|our)',
    '%spAll% .{1,5} (is|are) (now|all|already|basically)? on board',
    '%spAll% .{0,5} already .{0,2} %spAlreadyDoing%',
    // The crowd as a market verdict: "the industry has voted with its feet", "the smart money is with us".
    '(voted|voting|vote|votes) with (its|their) feet',
    'the smart money (is|was|has|went|moved)',
    'the (industry|market|sector) has already? (spoken|decided|voted)',
    '(moving|switching|signing|flocking|coming|joining|moved|switched|signed|joined|migrating|migrated|buying) .{0,3} in droves',
    '(so|as) (did|has|have|is|are) %spAll% else',
    '(moving|moves|moved|move|going|goes) (on|ahead|forward) with or without (you|your team|your company)',
    '(nearly|almost|virtually|practically) (every|all) .{1,4} (chose|picked|opted|upgraded|switched|moved|signed)',
  ],
  unless: [OWN_PEOPLE, STILL_OLD_WAY, 'reported'],
  severity: 'warning',
  message: 'Points at what "everyone" is doing instead of what fits this buyer.',
  why: 'A crowd is not a reason. Telling someone everybody else already moved makes them feel behind, not informed, and it skips the question of whether it fits their situation.',
  alternatives: [{ rewrite: 'some teams in a similar spot have looked at this' }, { question: 'fit' }],
  examples: {
    flag: ['[[Nearly every customer on your tier chose]] the annual upgrade.', 'The industry is [[moving on with or without you]].', 'Literally [[every fintech we talk to is on this]] already.', 
      "Acme moved over in spring, [[as did everybody else]].",
      "[[Your whole industry has jumped]] on board.",
      '[[Everyone else in your space has already switched]] to usage-based billing.',
      'Honestly, [[everybody is moving]] to a single CRM these days.',
      '[[The whole industry is shifting]] to automated reconciliation.',
      'Honestly, [[the industry has moved on]] from on-prem.',
      "[[Everyone's talking about]] the new release, so I wanted you to see it first.",
      '[[Every CFO I talk to has made the switch]].',
      '[[Everyone worth talking to in logistics has made the jump]].',
      '[[All the cool kids in fintech use]] us now.',
      'Pretty much [[everybody in freight is switching]] this year.',
      'Honestly [[everyone in insurance is on it]] now.',
      '[[Everyone who counts in your sector already uses]] it.',
      'Your market has [[voted with its feet]].',
      '[[The smart money is]] with us.',
      '[[The market has spoken]]: usage billing won.',
      'Look, [[the sector has already decided]], and it is going usage-based.',
      'Teams are [[moving to us in droves]].',
      '[[The whole sector has gone]] digital, and you are still on paper.',
      "It's simple: [[everyone in retail is on board]].",
    ],
    pass: [
      'Everyone else is on this call already, so we can start.',
      'Almost every question you asked was answered in the doc.', 'We\'ll go ahead with the workshop, with or without slides.', 
      'Everyone I met on your team was open about the bottlenecks.',
      'Everyone deserves a straight answer on pricing.',
      "Everyone on the call has signed the NDA, thanks.",
      'Everyone here is on it and we will fix the bug today.',
      'The market has changed a lot since your last review.',
      'Everyone on your team uses Slack, so the alerts can live there.',
      'Everyone in the industry is still using spreadsheets for this, which is the problem you described.',
      'Not everyone needs to switch; for a team your size the current setup may be enough.',
    ],
  },
});
