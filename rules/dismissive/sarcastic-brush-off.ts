import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '(sure|okay|ok|fine|right|alright) if you say so',
    'good luck with that',
    // A question tag that closes the topic: "nothing more to discuss, is there?"
    'nothing (more|else|left|further) to (discuss|talk about|debate|say) is there',
    '(yeah|yea) right',
    '(sure|fine|ok|okay) whatever',
    '(whatever|fine) (you say|floats your boat)',
    // "…whatever your team thinks": their view named only to be set aside.
    'whatever (you|they|she|he) (think|thinks|say|says|believe|believes|claim|claims)',
    'whatever your .{1,2} (think|thinks|say|says|believe|believes|claim|claims)',
    '(brushed|brush|brushing|waved|wave|waving) (%thisThat%|them|the concern|the objection) (off|aside)',
  ],
  noDefaultGuards: true,
  unless: [
    /\b(yeah|yea),? right (now|away|there|here|after|before|on|at|in|then)\b/,
    // "Whatever you think is best works for us": deferring to the buyer.
    /\bwhatever (you|your [a-z]+( [a-z]+)?|they|he|she) (think|thinks|say|says|believe|believes)( is| are)? (best|right|works|fair|fine|makes sense|goes)\b/,
  ],
  severity: 'warning',
  message: "A sarcastic brush-off of the buyer's view.",
  why: "Sarcasm tells the buyer their view is not worth engaging. If you disagree, say how you see it and ask what they are seeing.",
  alternatives: [{ rewrite: 'I see it differently, and I would like to understand your view' }, { question: 'concerns' }],
  examples: {
    flag: [
      'So there is [[nothing more to discuss, is there]]?',
      "[[Brushed the objection aside]] and moved on.",
      '[[Sure, if you say so]].',
      'Building it in-house? [[Good luck with that]].',
      '[[Yeah, right]], the old system handles that.',
      'The facts speak for themselves, [[whatever your team thinks]].',
    ],
    pass: [
      'I think there is nothing more to discuss on the SSO point, so I will send the summary.',
      'Happy to change the start date if you say so; just let me know.',
      'Good luck with the board meeting on Thursday!',
      'Right, that matches what your IT lead said.',
      'Yeah, right now is a busy time for us too.',
      'Whatever you think is best works for us.',
      'Whatever you decide, I am glad we talked.',
    ],
  },
});
