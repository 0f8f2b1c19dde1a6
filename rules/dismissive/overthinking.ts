import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '(you are|you were) (%honest%|kind of|a bit|just|totally|definitely|clearly|probably|way|simply)? (making too much of|making a big deal|worrying too much|worrying about nothing|worrying over nothing|over thinking|over complicating|over analyzing|over reacting|being emotional|overthinking|overcomplicating|overanalyzing|overanalysing|overreacting) (%thisThat%|things)?',
    '(your|their) .{0,2} (is|are) (%honest%|just|simply|clearly)? being %disBeing%',
    '(your|their) .{0,2} (is|are) (%honest%|just|simply|clearly)? (overthinking|overcomplicating|overanalyzing|overreacting|worrying about nothing|making a fuss)',
    '(you are|youre|you were) (%honest%|just|simply|clearly|definitely|probably|totally)? being %disBeing%',
    '(making|make|made) (%thisThat%|things) (way|much|so|a lot|far)? (harder|more complicated|more difficult|more complex|bigger) than (%thisThat%|they) (needs|need|has|have) to be',
    // "Stop worrying about the migration": an order to drop the concern instead of an answer to it.
    '(stop|quit) (worrying|stressing|fretting|obsessing|panicking|overthinking)',
    'you are (just|really|simply|probably|way|far|a bit|a little)? reading (way|far|much)? too much into %thisThat%?',
    '(making|make) a mountain out of a molehill',
    // A verdict on how the buyer sees it: "it's not as complicated as you're making it".
    '(not|nowhere near|hardly) as .{1,3} as (you are|your team is|they are) making',
    '(you are|your team is|they are) making (%thisThat%|things) (sound|seem|look) (way|much|so|a lot|far)? (harder|more complicated|more difficult|more complex|bigger)',
    '(told|telling) (them|him|her) (she is|she\'s|he is|he\'s|they are) (overthinking|over thinking|overreacting|overcomplicating)',
    '(being|complaining|objecting|pushing back|nitpicking) .{0,2} for the sake of it',
  ],
  unless: [/\b(i|we) (may|might) be (overthinking|overcomplicating)/, /\b(our|my|we|i)\b[^.!?]{0,25}\b(making|make|made) (it|this|that|things) (way |much |so |a lot |far )?(harder|more)/, /\b(help|helps|helping|so|lets|let|can|will|to) (you |your team |them )?(stop|quit) (worrying|stressing|fretting)/],
  severity: 'warning',
  message: "Calls the buyer's caution overthinking instead of taking it seriously.",
  why: "Careful buyers are doing their job. Telling them they overthink it dismisses the thing they care about; ask what they are weighing instead.",
  alternatives: [{ rewrite: 'it makes sense to think this through' }, { question: 'concerns' }],
  examples: {
    flag: [
      'Honestly, [[their legal team is making a fuss]] over a standard clause.',
      'Honestly, [[your CTO is worrying about nothing]].',

      'Honestly, it is [[nowhere near as hard as you are making]] it.',
      'I think [[you\'re making this sound harder]] than it is.',
'Trust me, [[your team is overcomplicating]] this.', 
      "Their legal team is [[nitpicking for the sake of it]].",
      "[[Told him he's overthinking]] it.", 'Honestly, [[you are reading way too much into]] the SLA.',
      "[[You're overcomplicating this]], it takes ten minutes.",
      "Honestly, [[you're being paranoid]] about the permissions.",
      '[[Your IT team is being overly cautious]].',
      "I think you're [[making a mountain out of a molehill]] with the SSO question.",
      '[[Their legal team is being ridiculous]] about the DPA.',
      '[[Stop worrying]] about the migration, it is fine.',
      '[[Your IT team is just being lazy]] about the review.',
      "You're [[making this way harder than it needs to be]].",
    ],
    pass: [
      'It is not as complicated as it looks, and I can walk your team through it.',

      'It makes sense to think this through with your IT lead.',
      'We may be overthinking the rollout; a pilot could answer it.',
      'Our first design overcomplicated the import, so we simplified it.',
      'The nightly backup lets your team stop worrying about lost data.',
      'Your legal team is being thorough, which we appreciate.',
      'Our first draft made it harder than it needs to be, so we simplified.',
    ],
  },
});
