import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '(number|amount) of .{1,6} (is|are) (now|already|%stockHedge%) %stockHedge%? (limited|scarce|constrained)',
    'limited (batch|run|stock|stocks|quantity|quantities|availability|supply|supplies|inventory|seats|spots|slots|spaces|places|capacity|openings|units|allocation)',
    'limited number of %stockAdj%? %stockNoun%',
    'in (short|very short|limited|scarce|tight) supply',
    // "Inventory's tight": the tokenizer keeps "inventory's" whole, and a group only finds it by its
    // bare form when it opens a sentence, so both are listed.
    '(inventory\'s|stock\'s|supply\'s|availability\'s|capacity\'s|inventory|stock|supply|availability|capacity) (very|really|pretty|super|quite)? (tight|scarce)',
    '%stockSubject% (for|on|in|of|at) .{1,4} (is|are) %stockHedge%? (limited|scarce|tight|constrained)',
    '%stockSubject% (is|are) %stockHedge%? (limited|scarce|tight|constrained)',
    // "very few of these bundles left", "hardly any implementation slots are left".
    '(we have|there are|there is) (only|very|extremely|so|really)? few of (the|our|these|those) .{0,2} %stockCounted% still? (%stLeft%|available|open)',
    '(hardly|barely|scarcely) any .{0,2} %stockCounted% (is|are)? still? (%stLeft%|available|open)',
    '(not many|very few|hardly any|barely any) .{0,4} %stockCounted% (is|are)? still? (remain|remains|left|available|open)',
    // "only a small number of discounted licences are still up for grabs".
    '%only% a (small|limited|tiny) (number|handful|amount) of .{0,2} %stockCounted%',
    '(a|an|very)? (small|limited|tiny) (number|handful|amount) of .{0,2} %stockCounted% (%stLeft%|remain|available|still open)',
    '(we have|there are|there is) (only|very|extremely|so)? (few|limited) %stockAdj%? %stockNoun% still? (%stLeft%|available|open)?',
    '(a|an)? (real|serious|severe|big|huge)? shortage of (implementation|onboarding|engineering|delivery)? (capacity|stock|inventory|seats|spots|slots|licences|licenses|units|supply|supplies|availability|openings)',
  ],
  unless: ['reported', /\blimited to [0-9]/, /\b(open|support) tickets\b/, /\b(every|each) (week|month|quarter|term)\b|\bon request\b/, /\b(your|their) (own |current )?(warehouse|office|space|budget|team|storage|inventory|stock|capacity|calendar|schedule)\b/, /\b(your|their) [a-z ]{0,20}shortage\b|\bshortage of [a-z ]{0,20}(in|on|at) your\b/, /\b(my|our) (calendar|schedule|availability)\b|\bavailability (this|next) week\b|\blimited availability (for|to) (a )?(call|calls|meeting|meetings|chat|demo|demos)\b/, /\b(on|in) your (plan|account|contract|subscription)\b/, /\blimited (stock|quantity|availability) (of|on) (data|information|insight)/,
    // A shortage the whole market shares is a fact for planning, not a reason to hurry with us.
    /\b(industry[- ]wide|across the (whole |entire )?(industry|market|sector)|market[- ]wide|for (everyone|every vendor|all vendors)|every (vendor|supplier|manufacturer) is)\b/],
  severity: 'warning',
  message: 'Says supply is limited to hurry the decision.',
  why: '"Limited" puts a clock on the decision without saying how limited or why. Say what is actually true, and give the buyer the room to decide at their pace.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: [
      '[[Not many early-access licences are left]] at this tier.', '[[Hardly any of the legacy-priced seats remain]].',
      'The founders tier has [[a tiny number of places left]].',
'Regrettably, the [[number of implementation slots available this quarter is now very limited]].', '[[Supply of the hardware tokens is very constrained]] right now.', 'Our solutions architects are [[in short supply]] this quarter.', 'We made a [[limited batch]] of the blue kits.', '[[Not many of the founder seats are left]].', '[[Places at the leadership dinner are sort of limited]].', '[[Stock of the travel kits is a bit limited]] this month.', '[[There are very few of those starter kits left]].', '[[Hardly any onboarding slots are left]] for May.', '[[Only a small number of founder seats]] are still open.', '[[Stock is limited]], so reserve yours soon.', '[[Availability is very limited]] for the premium tier this month.', 'In Stock - [[Limited Quantity]]', '[[Limited availability]] at this price!', '[[Space is limited]] for the onsite training.', '[[There are very few partner slots still open]] for the summit.', '[[Inventory\'s tight]] on the refurbished laptops.', '[[Seats for the certification are scarce]] this cycle.', 'There is [[a real shortage of implementation capacity]] right now.'],
    pass: [
      'We have hardly any open tickets left after the patch.',
      'A small number of seats on your plan are unused, so you could downgrade.',
'The number of API calls is limited by your plan.', 'The number of seats is limited to 20 by your plan.', 'Spaces at the user conference are limited to 500, and registration opens in May.', 
      "Seats at the onboarding class are limited, and we run it every month.",
      "Our stock of loaner devices is limited, so we send them on request.",'Not many of the admins use that report.', 'There are very few of those bugs left after the patch.', 'Only a small number of admins need the audit log.', 'We have limited insight into your process.', 'Limited Edition Colors', 'Our free plan has limited integrations.', 'Your team has a shortage of analysts, so automation helps.', 'There are very few reasons to migrate everything at once.', 'Space in your current warehouse is tight, you said.', 'Supply is constrained industry-wide, so lead times run about six weeks.', 'Chip supply is tight across the whole industry; every vendor is quoting eight weeks.'],
  },
});
