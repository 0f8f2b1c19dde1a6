import { defineRule } from '../define-rule';

/**
 * Condescension that needs no "you're wrong": spelling things out "for you", simplifying "enough
 * for anyone", "did you even read it?", "you people". Each treats the reader as slow.
 */
export default defineRule({
  match: [
    '(spell|spelling|spelled|spelt) (%thisThat%|things) out for (%youTeam%|them|you guys|you all)',
    '(simple|simply|slowly|plainly) enough for (%youTeam%|anyone|anybody|a child|a kid|a five year old|everyone)',
    '(did|have|do) you (even|actually|even bother to|bother to) (read|look at|looked at|open|opened|check|checked|listen|listened|watch|watched|see|seen|try|tried)',
    '[you people] (%never%|always|just|keep|need|should|clearly|are|can not|will|obviously|still)',
    '(i will|let me) (use|keep it to) (small|short|simple|little) words',
    '(in|using) (small|short|simple|little) words (for you|so you)',
    'worry your (pretty|little)? head',
    '(put|explain|say) %thisThat% (in|into) (simple|plain|simpler|basic|layman\'s|laymans|layman) (terms|english|words) for you',
    '(it is|it\'s) all (in there|in the proposal|in the deck|in the docs|in the email|in the contract|in the attachment|right there)',
    '^[(read|re read|reread|go back and read) (the|our|my) (proposal|email|deck|docs|contract|attachment|faq|message|note|quote) (again|once more)]',
    '(i would ask you to|i\'d ask you to|please|go back and|you should|you need to|kindly) (re read|reread|read it again|read that again|read my email again)',
    "(surprised|shocked|amazed|baffled) that? (%youTeam%|you'd|they|they'd) (would|even|are|is)? even? (ask|asking|need|needed|question|questioning|worry|worrying)",
    '(did not|have not|has not|had not|never) (do|done|did) (their|your|its|his|her) homework',
    'you (seem|sound|appear|are|\'re) (a bit|a little|really|quite|very|pretty|so|totally)? (confused|mixed up|muddled) (about|on|by|as to)',
  ],
  // The put-down carries its own negation ("you don't need to worry your pretty head").
  noDefaultGuards: true,
  unless: [/\bthank you people\b/, /\b(if|in case|whether|sorry|apologies|my fault)\b[^.!?]*\bconfused\b/, /\bnot (simple|simply|plainly) enough\b/, /\b(did|have|do) you (even|actually) (get a chance|have time|get time)\b/],
  severity: 'warning',
  message: 'Talks down to the reader, as if they were slow to follow.',
  why: "Condescension makes a buyer defend their intelligence instead of weighing the offer. If something was missed, it was not clear enough yet; say it again plainly and ask what would help.",
  alternatives: [{ rewrite: 'here is a short summary' }, { question: 'clarity' }],
  examples: {
    flag: [ '[[You seem a bit confused about]] how the tiers work.',
      "Fine, I'll [[spell it out for you]]: setup is free.",
      "You don't need to [[worry your pretty head]] about the API.",
      "I'm [[surprised you'd even ask]] that.",
      "Your team clearly [[didn't do their homework]].",
      'Let me [[put this in simple terms for you]].',
      "[[Read the proposal again]], [[it's all in there]].",
      "So [[I'd ask you to re-read]] that first.",
      'Let me put it [[simply enough for anyone]] to follow: it saves money.',
      '[[Did you even read]] the proposal?',
      '[[You people]] never read the docs.',
      '[[Have you actually looked at]] the pricing page?',
    ],
    pass: [ 'Sorry if you were confused about the invoice, that was our layout.', 'If you are confused about the tiers, that is on us, here is a table.',
      'Here is a short summary of the pricing, in case it helps.',
      'Did you get a chance to read the proposal?',
      'Thank you people for a great workshop!',
      'We spelled out the SLA terms in section 4.',
      'Our old guide was not simple enough for anyone to follow, so we rewrote it.',
      "We didn't do our homework on your stack, sorry; here is a corrected plan.",
      'Have you looked at the pricing page yet? Happy to walk through it.',
    ],
  },
});
