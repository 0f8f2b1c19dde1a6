import { defineRule } from '../define-rule';

/** Hesitation called stalling: "stop stalling", "no more excuses", "you can't keep saying maybe". */
export default defineRule({
  match: [
    '(stop|quit) (stalling|dithering|waffling|hesitating|dragging your feet|sitting on the fence|sitting on it|sitting on this|going back and forth|putting this off|putting it off|kicking the can|delaying|procrastinating)',
    'no more (next week|next month|later|excuses|stalling|delays|back and forth|dithering|hesitating|foot dragging|waffling|maybes|circling back|we will circle back|we will think about it|let me think about it|let me think)',
    '[you have seen (enough|all you need|everything you need)] (so|let us|just|now|it is time|time to|sign|stop)',
    'enough (stalling|dithering|excuses|waffling|back and forth)',
    // "Stop waiting and just commit already."
    '(stop|quit) (waiting|deliberating|mulling it over|overthinking it|thinking it over) and just? (sign|commit|decide|buy|say yes)',
    'just? (sign|commit|decide) (it|this)? already',
    // Reproach for not having decided yet: "you should have signed last week".
    '(you|u) %honest%? should have (signed|committed|decided|said yes|moved forward|gone ahead) (already|by now|last week|last month|yesterday|weeks ago|days ago|a week ago|a month ago)',
    '(you|u) %honest%? (can not|cannot) (afford to)? (keep|go on|continue) (saying maybe|putting this off|putting it off|sitting on the fence|stalling|kicking the can|dragging your feet|waiting|hesitating|going back and forth)',
    // Counting the chases at the buyer: "I've emailed you five times now".
    '(i|we) (just|simply|really)? (can not|cannot|will not) (accept|tolerate|allow|entertain) (any|another)? (more|further)? (delay|delays|extensions|postponement|postponements|excuses)',
    "(i have|we have) (chased|emailed|called|pinged|messaged|nudged) you (%stockNum%|so many|multiple|countless) times",
  ],
  // The writer's own delays are theirs to stop: "we'll stop putting this off and ship the fix".
  unless: ['reported', /\b(did|have|has|had) (you|they|she|he|your team)\b/, /\b(delays?|excuses) from (the|our|their|a|my) /, /\b(i|we)('ll| will| are going to| am going to| need to| have to| should| must)? (stop|quit) /, /\b(once|when|after|if|until|whether) you('ve| have) seen\b|\bseen enough of\b/],
  severity: 'warning',
  message: 'Calls the buyer’s hesitation stalling, to push them past it.',
  why: 'Hesitation usually means a question has not been answered yet. Calling it stalling makes the buyer defend themselves instead of telling you what is missing.',
  alternatives: [{ rewrite: 'tell me what is still open for you' }, { question: 'concerns' }],
  examples: {
    flag: [ 'Honestly, [[we cannot accept another delay]] on the paperwork.', '[[Stop delaying]] and send the PO.', '[[I have pinged you four times]] this week, where are we?','Call notes: get the yes, [[no more next month]].', 'Honestly, [[you should have committed by now]].', '[[Quit deliberating and just sign]].', '[[Just commit already]], it is a good deal.', 
      '[[Stop stalling]] and sign the order form.',
      '[[No more excuses]], let us get it done.',
      'Honestly, [[you can’t keep saying maybe]].',
      'Call plan: [[enough dithering]], ask for the signature.',
      '[[Stop sitting on it]] and sign.',
      '[[You’ve seen enough]], let us get started today.',
    ],
    pass: [ 'I can\'t accept more delays from the courier, so I switched carriers.', 'Sorry, I have emailed you twice about the invoice address, ignore the first one.','Did you sign it already? Thank you!', 
      'We will stop putting this off on our side and ship the fix this week.',
      'No more demos needed unless your team wants one.',
      'Take the time you need; hesitating is fine.',
      'Once you have seen enough of the sandbox, tell me what you think.', 'You have seen enough demos from us; what would be most useful next?',
    ],
  },
});
