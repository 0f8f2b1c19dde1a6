import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '[(you are|you\'re|you were) (just|really|totally|honestly|definitely|clearly|probably|kind of|a bit|way|simply)? (overthinking|overcomplicating|overanalyzing|overanalysing|overreacting|over thinking|over complicating|over analyzing|over reacting|making too much of|making a big deal|making a mountain|worrying too much|worrying about nothing|worrying over nothing|being paranoid|being dramatic|being emotional|being silly|being unreasonable|being difficult|being naive|being too cautious|being overly cautious|being too careful|being stubborn|being irrational)]',
    '[(do not|stop) (overthink|overthinking|overcomplicate|overcomplicating|overanalyze|overanalyse|over think|over complicate) (it|this|that|things)?]',
    '[(making|make) a mountain out of a molehill]',
  ],
  unless: [/\b(i|we) (may|might) be (overthinking|overcomplicating)/],
  severity: 'warning',
  message: "Calls the buyer's caution overthinking instead of taking it seriously.",
  why: "Careful buyers are doing their job. Telling them they overthink it dismisses the thing they care about; ask what they are weighing instead.",
  alternatives: [{ rewrite: 'it makes sense to think this through' }, { question: 'concerns' }],
  examples: {
    flag: [
      "[[You're overthinking this]], it takes ten minutes.",
      "Honestly, [[you're being paranoid]] about the permissions.",
      "[[Don't overcomplicate it]]: pick the Pro plan.",
      "I think [[you're making a mountain out of a molehill]] with the SSO question.",
    ],
    pass: [
      'It makes sense to think this through with your IT lead.',
      'We may be overthinking the rollout; a pilot could answer it.',
      'Our first design overcomplicated the import, so we simplified it.',
    ],
  },
});
