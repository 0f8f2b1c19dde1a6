import { defineRule } from '../define-rule';
import { eachTarget } from '../lexicon/conflict-and-tone';

// "target" is prey only next to prey words; target accounts, dates and markets are planning.
export default defineRule({
  match: eachTarget([
    '[(hunt|hunts|hunting|hunted|stalk|stalks|stalking|stalked) (down)? %advTarget%]',
    '[(hunt|hunting|stalk|stalking) down (the|their|a)? (decision maker|decision makers|economic buyer|budget holder|signer|champion|cfo|vp)]',
    '[(reel|reeling|reeled) %advTarget% in]',
    '[(have|got|get|keep|keeping) %advTarget% on the hook]',
    '[(the buyer|the client|the prospect|the target|they|he|she) (will take|took|takes|take|swallowed) the bait]',
    '[(dangle|dangling|use|using) .{0,3} as (a lure|the bait|bait)]',
    '[(the|our|my) (target|prey|mark) (is|was|seems|looks)? (softening|weakening|cracking|wavering|scared|nervous|vulnerable|ripe|hooked|cornered|caving)]',
    '[(the|our|my) (target|prey|mark) (is|was|seems|looks)? (ready to|about to|going to|set to) (crack|cave|fold|break|buckle|bite|soften|crumble|fall)]',
    '[%advSubject% (is|are|was|were) (an easy|a soft|an obvious|the|our|my) (target|prey|mark|pushover)]',
    '[(the|their|this|that) %advRole% (is|are|was|were) (an easy|a soft|an obvious|the|our|my) (target|prey|mark|pushover)]',
    '[(soft|easy|juicy|ripe|vulnerable) (target|targets|prey|mark|marks)]',
    '[(the|their|this|that) %advRole% (is|are|was|were) (easy|fair|just|our)? prey]',
    '[(strike|pounce|attack|move in|close|push|go in|hit them) while (they are|he is|she is|the buyer is|the client is) (weak|vulnerable|distracted|desperate|scared|nervous|off guard|down|hurting|panicking|under pressure|rattled|reeling)]',
    '[(soften|softening|softened) up (the|our)? (target|prey|mark|buyer|prospect|client|cfo|vp|them|him|her)]',
    '[ripe for the (picking|taking)]',
    '[(close|closing|spring|springing|set|setting|bait|baiting) the trap]',
    '[(move|moving|close|closing|zero|zeroing) in on (the|our)? (target|prey|mark)]',
    '[(go|going|went) after (the cfo|the vp|the buyer|them|him|her|procurement) hard]',
    '[(go|going|goes|went) in hard]',
  ]),
  severity: 'warning',
  message: 'Describes the buyer as prey to hunt or hook.',
  why: "Hunting and hooking language turns a person into a catch. Find the people who decide so you can understand what they need, not to pin them down.",
  alternatives: [{ rewrite: 'find out who decides and what they need' }, { question: 'fit' }],
  examples: {
    flag: [
      '[[Hunt down the decision maker]] and pin him on budget.',
      "They're [[ripe for the picking]].",
      'Time to [[close the trap]].',
      "[[Their CFO is the target]], everyone else follows.",
      "[[They're a soft target]] after the layoffs.",
      "[[Strike while they're weak]].",
      'One more demo should [[reel them in]].',
      'Once [[the target is softening]], send the order form.',
      'Free audit is just there to [[get them on the hook]].',
      'We [[go in hard]] on Monday with the renewal quote.',
      '[[This prospect is prey]]. Circle and wait.',
    ],
    pass: [
      'Our target accounts this quarter are regional hospitals.',
      'The target go-live date is March 3, which they set.',
      'Find out who decides and what they need from the pilot.',
      'We went after the wrong segment last year.',
    ],
  },
});
