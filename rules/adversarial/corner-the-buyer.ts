import { defineRule } from '../define-rule';
import { eachTarget } from '../lexicon/conflict-and-tone';

// "squeeze them in on Thursday" is scheduling, not pressure.
// "Their old vendor boxed them in": the rep noticing someone else's squeeze, with sympathy.
const THIRD_PARTY = /\b(old|current|last|previous|other|existing|incumbent|former) (vendor|vendors|provider|supplier|partner|tool|system|contract|agreement)\b|\b(vendor|vendors|provider|supplier|competitor)s? (that|who|which)\b|\bcompetitor\b/;
const SCHEDULING = /\bsqueeze (them|him|her|it) in\b|\bpin (down )?(a|the) (date|time|slot|call|meeting)\b/;

export default defineRule({
  match: eachTarget([
    '[(corner|corners|cornered|cornering|trap|traps|trapped|trapping|ambush|ambushing|ambushed|strangle|strongarm|strongarming|muscle|muscling|shakedown) %advTarget%]',
    '[(strong arm|strong arming|arm twist|arm twisting|shake down) %advTarget%]',
    '[(box|boxing|boxed|lock|locking|back|backing|paint|painting|pen|penning) %advTarget% (into a corner|in a corner|into the corner|in)]',
    '[(pin|pinning|pinned|nail|nailing) %advTarget% (down)? (on|to|about) (the budget|the price|a number|the number|a date|the date|the contract|budget|price|pricing|numbers|terms|timing|commitment)]',
    '[(squeeze|squeezing|squeezed) %advTarget%]',
    '[(pin|pinning|pinned|nail|nailing) down %advTarget% (on|to|about) (the budget|the price|a number|the number|the contract|budget|price|pricing|numbers|terms|commitment|a commitment|a yes)]',
    // Something pried out of them: "wrestle a commitment out of them", "squeeze a yes out of the CFO".
    '[(wrestle|wrestling|wring|wringing|squeeze|squeezing|extract|extracting|pry|prying|prise|prize|drag|dragging|force|forcing|beat|beating|shake|shaking|twist|twisting) .{1,3} out of %advTarget%]',
    '[(do not|never) let %advTarget% (wriggle|wiggle|squirm|slip|weasel|worm|back) (out|away)]',
    '[(do not|never) let %advTarget% off the hook]',
    '[(have|got|get|keep|keeping) %advTarget% (cornered|trapped|boxed in|on the ropes|over a barrel|where we want them|by the throat)]',
    '[(hammer|hammering|hound|hounding|badger|badgering|harass|harassing|pester|pestering|bombard|bombarding|pound|pounding|bury|burying|drown|drowning) %advTarget%]',
    '[(rope|roping|roped|trick|tricking|tricked|lure|luring|lured|con|conning|conned|bait|baiting|hook|hooking|lock|locking|suck|sucking|trap|trapping|corner|cornering|guilt|guilting|scare|scaring) %advTarget% into]',
    '[(twist|twisting) (some|a few) arms]',
    '[(twist|twisting|twisted) (the buyer\'s|the cfo\'s|their|his|her|procurement\'s) (arm|arms)]',
    '[(put|putting) (the|some)? (screws|squeeze|thumbscrews) (on|to) %advTarget%]',
    '[(attack|attacking|attacked|hit|hitting|hammer|hammering|target|targeting|exploit|exploiting) (their|his|her) (weak spot|weak spots|budget|budgets|weakness|weaknesses|insecurity|insecurities|fear|fears|vulnerability|vulnerabilities|ego|position)]',
    '[(go after|going after|prey on|preying on) (their|his|her) (weak spot|weak spots|budget|budgets|weakness|weaknesses|insecurity|insecurities|fear|fears|vulnerability|vulnerabilities|ego|position)]',
    '[(hammer|hammering|hit|hitting) %advTarget% (on price|on budget|on pricing|hard|with)]',
  ]),
  unless: [THIRD_PARTY, SCHEDULING, /\b(don't|do not|never|won't|will not) (want to )?(corner|trap|squeeze|pressure|box)/],
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
      '[[Rope them into]] the three-year plan.',
      'We [[have them cornered]].',
      '[[Pin down the VP on budget]] and do not let go.',
      '[[Wrestle a commitment out of them]] on Friday.',
      "[[Don't let them wriggle out]] of the pilot commitment.",
    ],
    pass: [
      'Can we squeeze them in on Thursday afternoon?',
      'Pin down a date for the kickoff with their PM.',
      'Their old vendor boxed them in with a five-year term.',
      'They were burned by a vendor that trapped them in a 3-year deal.',
      'We are on the same side here: both want a clean rollout.',
      'Their budget is tight, so start with the smaller tier.',
      'Pin down the kickoff date with their PM.',
      'We pulled the usage data out of their old system.',
    ],
  },
});
