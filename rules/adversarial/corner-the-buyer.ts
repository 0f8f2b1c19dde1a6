import { defineRule } from '../define-rule';

// "squeeze them in on Thursday" is scheduling, not pressure.
const SCHEDULING = /\bsqueeze (them|him|her|it) in\b|\bpin (down )?(a|the) (date|time|slot|call|meeting)\b/;

export default defineRule({
  match: [
    '[(corner|corners|cornered|cornering|trap|traps|trapped|trapping|ambush|ambushing|ambushed|strangle|strong arm|strongarm|strong arming|strongarming|arm twist|arm twisting|muscle|muscling|shake down|shakedown) %advTarget%]',
    '[(box|boxing|boxed|lock|locking|back|backing|paint|painting|pen|penning) %advTarget% (in|into a corner|in a corner|into the corner)]',
    '[(pin|pinning|pinned|nail|nailing) %advTarget% (down)? (on|to|about) (budget|price|pricing|the budget|the price|a number|numbers|the number|terms|timing|a date|the date|the contract|commitment)]',
    '[(squeeze|squeezing|squeezed) %advTarget%]',
    '[(twist|twisting|twisted) (their|his|her|the buyer\'s|the cfo\'s|procurement\'s) (arm|arms)]',
    '[(put|putting) (the|some)? (screws|squeeze|thumbscrews) (on|to) %advTarget%]',
    '[(attack|attacking|attacked|hit|hitting|hammer|hammering|target|targeting|go after|going after|exploit|exploiting|prey on|preying on) (their|his|her) (budget|budgets|weak spot|weak spots|weakness|weaknesses|insecurity|insecurities|fear|fears|vulnerability|vulnerabilities|ego|position)]',
    '[(hammer|hammering|hit|hitting) %advTarget% (hard|on price|on budget|on pricing|with)]',
  ],
  unless: [SCHEDULING, /\b(don't|do not|never|won't|will not) (want to )?(corner|trap|squeeze|pressure|box)/],
  severity: 'warning',
  message: 'Plans to corner or squeeze the buyer rather than work with them.',
  why: 'Cornering someone can get a signature, never agreement. People remember how a deal felt, and a trapped buyer becomes a former customer.',
  alternatives: [{ rewrite: 'ask the VP what they need' }, { question: 'concerns' }],
  examples: {
    flag: [
      '[[Corner the VP]] after the demo and get a yes.',
      '[[Box them in]] with the two-option close.',
      '[[Pin him down on budget]] before we send pricing.',
      "If they stall, [[squeeze them]] on the renewal.",
      '[[Attack their budget]] line by line.',
    ],
    pass: [
      'Can we squeeze them in on Thursday afternoon?',
      'Pin down a date for the kickoff with their PM.',
      'We are on the same side here: both want a clean rollout.',
      'Their budget is tight, so start with the smaller tier.',
    ],
  },
});
