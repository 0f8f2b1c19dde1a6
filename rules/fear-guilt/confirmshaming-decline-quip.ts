import { defineRule } from '../define-rule';

/**
 * The confirmshaming construction itself: a decline ("No thanks,") followed by a first-person
 * quip the shopper is made to say about themselves ("I love chaos", "I'll just walk").
 * A plain decline, or one that just says where to go next, is left alone.
 */
export default defineRule({
  match: ['^%fgDecline% (i|i\'d) .{1,12}'],
  noDefaultGuards: true,
  unless: [
    'reported',
    // Neutral declines: where to go next, or a plain statement of fact.
    /\bi('m| am) (just )?(browsing|looking|all set|good|set|fine|already (a |an |on |subscribed|signed|registered|receiving|getting|enrolled|in )|a member|signed up|subscribed|registered)\b/,
    /\bi('ll| will) (continue|keep (browsing|shopping|looking|my)|go|return|come back|sign up later|decide later|do it later|check (it )?later|think about it|pass)\b/,
    /\bi('ve| have)? already (have (an account|one)|subscribed|signed up|registered|bought|purchased|ordered|joined)\b|\bi have an account\b/,
    /\bi('ve| have) (already|an account|one)\b/,
  ],
  severity: 'warning',
  message: 'A decline option worded to shame the shopper for saying no.',
  why: 'Putting a self-mocking line in the shopper\'s mouth makes no feel foolish. A plain "No thanks" respects them.',
  alternatives: [{ rewrite: 'No thanks' }],
  examples: {
    flag: [
      '[[No thanks, I enjoy chaos]]',
      '[[No thanks I measured perfectly]]',
      '[[NO THANKS, I’LL JUST WALK]]',
      '[[Nah, I’ve got enough nice things]]',
      '[[No thank you, I like boring socks]]',
      '[[No thanks, I hate saving money]]!',
      '[[No thanks, I’m already perfect]]',
      '[[No thanks, I’ll keep overpaying]]',
    ],
    pass: ['No thanks', 'No thanks, I’m just browsing', 'No thanks, I’ll continue to checkout', 'No thanks, I’m already subscribed', 'No thanks, I’ll keep browsing', 'No thanks, I’m already a member', 'No, I think Thursday works better for us.', 'No worries, I will send the deck tomorrow.'],
    knownMisses: ['No thanks. [[I love chaos]]!'],
  },
});
