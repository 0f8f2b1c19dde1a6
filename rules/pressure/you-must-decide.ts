import { defineRule } from '../define-rule';
import { SIGN_IN } from '../deadline-guards';

/** The decision framed as the buyer's duty: "you need to sign", "you have to make a decision". */
export default defineRule({
  match: [
    // Hedged orders are still orders: "you kind of have to sign today".
    'you (%pIntens%|kind of|sort of|pretty much|basically|probably)? (really|just)? (need to|needs to|have to|ought to|have got to|got to|must|should) (%pDecide%|move on this|move on it)',
    // The writer folded into the order: "we should sign this before we hang up".
    'you %pIntens%? (must|should) %pIntens%? just? %pDecide%',
    '(i|we|just) (%pWillI%|really|just)? need you to (%pDecide%|hit the button|click the button)',
    '(i|we) really? (must|have to) insist that? you %pDecide%',
  ],
  unless: [
    'buyer-deadline',
    'asking-buyer',
    'reported',
    // The buyer's own conditions: "if you need to sign before your fiscal year ends, tell me".
    /\b(if|whether|once|unless|in case|before|when) you('ve| have)? (really |just )?(need|needs|have|must|should|ought|got)\b/,
    // Autonomy, not pressure: "you have to decide what is right for your team".
    /\b(decide|make (a|the|your) (call|decision)|make up your mind)( for yourselves?| together| as a team)? (what|whether|which|if|how|who|for yourself|for yourselves|on your own)\b/,
    SIGN_IN,
    /\bcommit (\d+|one|two|three|a few|some|resources|engineers|people|staff|time|budget|headcount)\b/,
  ],
  severity: 'warning',
  message: 'Tells the buyer they must commit, which puts your need on their decision.',
  why: 'A decision that is good for them is one they choose. "You need to sign" turns your timeline into their obligation, and people push back on being told.',
  alternatives: [{ rewrite: 'you are welcome to move forward whenever it feels right' }, { question: 'clarity' }],
  examples: {
    flag: [ '[[You really need to move on it]].',
      "[[I must insist that you make a decision]] this week.",'Honestly, [[you should really just decide]], the fit is clear.', '[[You honestly just need to decide]] this week.', 'Honestly, [[you should go ahead and decide]], it is a good fit.', '[[You kind of have to decide]] this week.',
      'Honestly, [[you need to make a decision]] on this.',
      'To keep the team on board, [[you have to commit]].',
      '[[I need you to sign the agreement]] so we can get going.',
      'Look, [[you really should pull the trigger]] on the pilot.',
      'Call note: told her [[you must make up your mind]] before Q3 planning closes.',
    ],
    pass: ['We should sign the NDA on our side before the kickoff.', 
      "You don't have to decide anything today.",
      'I need to check with my manager before I send the quote.',
      'If you need to sign before your fiscal year closes, let me know and I will make it easy.',
      'Ultimately you have to decide what is right for your team.',
      'You need to sign in to the portal to download the report.',
      'Do you need to make a decision before the board meets?',
      'You should commit two engineers to the rollout in week one.',
    ],
  },
});
