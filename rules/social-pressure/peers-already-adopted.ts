import { defineRule } from '../define-rule';
import { REFERENCE_OFFER } from '../lexicon/conflict-and-tone';

/**
 * The bandwagon in its loose, everyday grammar: a crowd like the buyer ("your biggest rival",
 * "every other agency in your region", "thousands of sales leaders") and, a few words later,
 * its move ("already trust us", "signed with us", "became a customer", "made the switch").
 * competitors-already and crowd-majority cover the tight phrasings; this rule bridges the
 * modifiers and places reps put in between ("direct", "in your region", "I work with").
 */

// Who: single-word starts keep the patterns cheap; each crowd names people other than the buyer.
const CROWDS = [
  // Starts at the noun ("your" is too common to start on), so the span leaves out "your biggest".
  '%spOthers%',
  '(every|each) other',
  '(all|most|many|half|majority|plenty|lots|dozens|hundreds|thousands|millions|countless|/^[0-9][0-9.]*%$/|/^[0-9][0-9,]+[0-9][+]?$/) .{0,3} %spOrgs%',
  'other .{0,1} %spOrgs%',
  '(top|leading|best|largest|biggest|big|smartest|fastest|major|successful) .{0,2} %spOrgs%',
  'every .{0,2} %spOrgOne%',
  // The holdout framing: "everybody else on the shortlist", "the rest of your leadership team".
  '%spAll% else',
  'rest of (the|your)? .{0,2} (%spOrgs%|team|leadership|directors|managers|board|committee|industry|market|field|region|pack|class|cohort)',
];
// Their move. Wildcards are followed by single words only (compromise never matches a phrase there).
const MOVES = [
  '.{0,5} already .{0,3} %spAlreadyDoing% (us|it|this)?',
  '.{0,5} %spJoined% (on|up|over)?',
  '.{0,5} moved (over|across)',
  '.{0,5} already .{0,2} (on|with) (us|board|our|it|this)',
  '.{0,4} (became|become|becoming) (a|our)? (customer|customers|client|clients|user|users)',
  '.{0,3} (are|is) (all|now|already)? (our|a)? (customers|customer|clients|client)',
  '.{0,5} made the (switch|move|jump|leap|call)',
  '.{0,5} on board',
  // "…in your group have all come on board": the verb lets the crowd run a word longer.
  '.{0,5} (come|came|coming|hopped|jumped) on board',
  '.{0,5} said yes',
  '.{0,4} (is|are) (now|all)? live (on|with)',
  '.{0,5} (gone|went|going) live',
  '.{0,3} (doing|using|running|on) (this|it|us) now',
  '.{0,4} (gone|went|going) with (us|our)',
  '.{0,5} moved .{0,3} (to|onto) (us|our)',
  '.{0,4} (rolled|rolling|rolls) (us|it|our|this|them) out',
  '.{0,3} (use|uses|using|rely|relies|run|runs|trust|trusts|chose|picked) (on)? (us|our)',
  '.{0,3} (move|moves|moving|pull|pulls|pulling|get|gets|getting|race|races|racing|forge|forging|surge|surging|speed|speeding) ahead',
  '.{0,3} (are|is) (all|now|already)? (on|using|running|with) (our|us)',
];

// A share of some crowd the rep names ("half of the Fortune 500", "the entire top 50"): no
// organisation word to anchor on, so only the moves that say "already" or name the seller.
const SHARES = ['(most|half|majority|many|all) of (the|your)?', '(entire|whole) .{0,2}'];
const ALREADY_MOVES = MOVES.filter((m) => m.includes('already') || m.includes('(us|our)'));

// The seller's own rivals ("our biggest competitor signed a reseller deal") are not the buyer's crowd.
const OUR_SIDE = /\b(our|my) (own )?([a-z]+ )?(competitors?|rivals?|competition|peers)\b/;
// The buyer's own people: "most of your teams have signed the DPA" is an update, not a crowd.
const OWN_PEOPLE = /\b(all|most|many|half|both|each|some|none)( [a-z]+)? (of )?(your|their) (own )?(team|teams|sites|offices|reps|users|staff|departments|locations|stores|clinics|people|employees|managers|agents|branches|schools|members)\b/;
// "Have any of your competitors switched?", "If your peers signed…": asking or supposing.
const ASKING_OR_SUPPOSING = /^\W*(are|have|has|is|do|does|did|were|was|which|how many|if|whether|even if|suppose)\b[^.!]*$/;

export default defineRule({
  match: [...CROWDS.flatMap((crowd) => MOVES.map((move) => `[${crowd} ${move}]`)), ...SHARES.flatMap((c) => ALREADY_MOVES.map((m) => `[${c} ${m}]`))],
  unless: ['negated-inside', 'reported', 'buyer-raised', /\bconfidential/, REFERENCE_OFFER, OUR_SIDE, OWN_PEOPLE, ASKING_OR_SUPPOSING],
  severity: 'warning',
  message: 'Points at a crowd of peers or rivals who already bought, as a reason to buy.',
  why: "What others bought says little about this buyer's needs, and it lands as a jab: you are behind. Talk about their goals instead, and offer references only if they would help.",
  alternatives: [{ rewrite: 'some teams in a similar spot have looked at this' }, { question: 'fit' }],
  examples: {
    flag: [ "Over [[1,500 dental practices have already moved to us]].",
      'Every one of your closest [[competitors is a customer]] of ours.',

      'The [[other dealers in your county have all come on board]].',

      "Your [[competitors in the region have all gone live]].",
      "Over [[60% of mid-size clinics have made the move]].",
      'Your main [[rivals rolled this out]] last spring.',
      'Honestly, [[everybody else on the panel already said yes]].',
      'The [[rest of the regional directors are already on board]].',
      '[[Every other dealership in the group moved over]] last spring.',
      'FYI [[every other credit union in the state has already signed on]].',
      'Your closest [[rival just became a customer]] in March.',
      'Honestly, [[half of the Fortune 100 already trust us]].',
      'Two of your direct [[competitors signed]] with us in Q2.',
      '- remind her [[all the dealerships around them switched]] last year',
      'Your [[competitors’ ops teams are already live on it]].',
      '[[Other firms like yours are already seeing]] faster closes.',
      '[[Most regional lenders have made the switch]] by now.',
      'Fun fact: the [[biggest hotels in town are all customers]].',
      '[[Thousands of finance leaders have already made the move]].',
      '[[Every major carrier in your lane is on board]].',
      'Heads up: [[every other agency in the county is live on]] the new portal.',
      '[[Every serious retailer is doing this now]].',
      'Pretty much [[all of your direct competitors have gone with us]].',
      'The [[big four accounting firms are all on our]] platform.',
      'Nearly [[every dental group in the Midwest has moved its scheduling to us]].',
      'Your main [[competitor rolled us out]] across 40 stores.',
      '- angle: all their [[peers use us]]',
      'Practically the [[entire top 50 uses us]].',
      "Don't get caught flat-footed while your [[competitors move ahead]].",
      '[[Other HR leaders in your space made the call]] weeks ago.',
      'ur [[competitors r already using us]] lol',
    ],
    pass: [ "Over 1,500 dental practices attended the conference.",'A few of your competitors are customers, so we\'re careful about confidentiality.', 
      'Everyone else on the call agreed to meet again in two weeks.',
      'The rest of the rollout moved over to the new timeline you asked for.',
      'Happy to connect you with two of your peers who use us, if that would help.',
      'Our biggest competitor signed a reseller deal last week.',
      'Most of your teams have already signed the data agreement.',
      'Have any of your competitors switched to usage pricing?',
      "Your competitors haven't switched, and you don't need to either.",
      'You mentioned your competitors already use Gong.',
      'Your competitors face the same hiring squeeze you described.',
      'Every other week works for the check-in.',
    ],
  },
});
