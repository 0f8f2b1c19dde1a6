import { defineRule } from '../define-rule';

/** Shaming a no as foolish or unserious: "smart leaders don't wait", "only a fool would pass". */
export default defineRule({
  match: [
    'only (a|an) (fool|idiot|amateur|rookie|beginner) would',
    '(forward thinking|smart|serious|savvy|good|real|successful|competent|sensible|great) (leaders|buyers|companies|teams|managers|ceos|cfos|people|businesses|executives|operators|founders|directors) (do not|don\'t|never) (drag their feet|think twice|hold back|say no|sit on|wait|hesitate|pass|delay)',
    'if you (were|are) (really|truly|actually)? (serious|smart|committed|ambitious) (about your|about growth|about this|about the|about success|you would)',
    '(i|we) (thought|assumed|figured) you (were|cared|wanted|had) (more serious|the authority|the guts|more ambition|a leader|serious|smarter|ambitious)',
    '(i am|we are|i\'m|we\'re) (surprised|disappointed|shocked|amazed|hurt|offended|insulted|upset|frustrated|saddened|sad) that? you (have not|did not|are still|would even|haven\'t|didn\'t|would|still|went|chose|ignored)',
    '(i would expect|we would expect|i\'d expect|we\'d expect|i expected|we expected) (better|more) (from|of) (someone|somebody|you|a|an)',
    '(a|any) (smart|savvy|serious|good|real) (leader|buyer|manager|ceo|cfo|operator|founder) (like you)? would have? (already|never|not)? (sign|signed|see|jump|know|take|say)',
    '(do not|don\'t) be (the one|the person|the team|the company|the manager|the leader) who',
    'do you really? want to be the (one|person|reason|leader|manager) (who|that|your)',
    'shame on you',
    'you should be ashamed',
    '(i am|i\'m|we are|we\'re) (so|really|very|a little|a bit)? disappointed (in|with) you',
  ],
  noDefaultGuards: true,
  unless: ['reported'],
  severity: 'warning',
  message: 'Shames hesitation as foolish or unserious.',
  why: 'Shame makes people defensive or quietly gone. Respecting their caution is what makes it safe for them to tell you what worries them.',
  alternatives: [{ question: 'concerns' }],
  examples: {
    flag: [
      '[[Only a fool would]] pass on a 40% saving.',
      '[[Smart leaders don’t wait]] for the next budget cycle.',
      '[[I’m surprised you haven’t]] signed yet.',
      '[[If you were serious about growth]], this would be done.',
      "[[Don't be the one who]] explains the outage.",
      '[[I’m hurt you haven’t]] replied.',
      '[[Shame on you]] for waiting this long.',
    ],
    pass: [
      'Smart of you to ask about the exit terms.',
      'I was surprised how quickly your team adopted the pilot.',
      'Good leaders ask hard questions, and yours were great.',
      'You were right to wait for the security review.',
    ],
  },
});
