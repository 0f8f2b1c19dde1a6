import { defineRule } from '../define-rule';

/** Guilt for favours done: "after everything I've done for you", "the least you can do". */
export default defineRule({
  match: [
    'after (all the time|all the work|all the effort|all the hours|all the weeks|all the months|all the favors|all the favours|all the help|everything|all) (i|we|my team|our team|our engineers|my engineers|my people) (have|has|had)? (put in|given you|gave you|went through|done|invested|spent|did) (for you)?',
    'the least you (can|could) do is',
    'you owe (it to me|it to us|me|us)',
    '(i|we) (really|honestly|seriously|truly)? (have|had)? (gone|went) to bat for you',
    '(i|we) (really|honestly|seriously|truly)? (have|had)? (stuck|put) (my|our) (neck|necks) out (to get you|for you|on this)',
    '(i|we) (really|honestly|seriously|truly)? (have|had)? (gone|went) out on a limb for you',
    '(i|we) (really|honestly|seriously|truly)? (have|had)? (called in|pulled) (a lot of|so many|some|every) (strings|favors|favours) (to get you|for you)',
    '(i|we) (really|honestly|seriously|truly)? (have|had)? (put in|spent|invested|sunk) (a lot of time|so much time|so many hours|all this time|hours and hours|weeks|months) (on your account|on this|on you)? for you',
    '(i|we) (really|honestly|seriously|truly)? (have|had)? (moved heaven and earth|bent over backwards|jumped through hoops) for you',
    '(i|we) (really|honestly)? (have|had)? done (all of this|so much|a lot|everything|all this|all that) for you',
    '(i|we) (really|honestly)? (have|had)? (gone|went) above and beyond for you',
    'return the (favor|favour)',
    '(all|all of) (my|our|this|that) (work|effort|time|hard work) (was|will have been|would be|is|will be|has been) (for nothing|wasted|in vain|for naught|down the drain)',
    '(this is|is this|so this is) how you (repay|thank|treat) (me|us)',
    '(i|we) (really|honestly)? (have|had)? (spent|put in|invested|sunk) (hours|days|weeks|months) .{0,3} for you',
  ],
  unless: ['reported'],
  severity: 'warning',
  message: 'Uses your effort on their behalf to make the buyer feel they owe you a yes.',
  why: 'A decision made out of guilt will not hold. Your work is yours to give; their decision should rest on whether this is good for them.',
  alternatives: [{ rewrite: 'I was glad to put this together' }, { question: 'concerns' }],
  examples: {
    flag: [
      '[[After everything I’ve done for you]], I expected a reply.',
      'I worked all weekend on this, [[the least you can do is]] review it.',
      '[[I went to bat for you]] with finance on this price.',
      '[[I’ve spent months on this for you]], so please decide.',
      'Honestly, [[you owe me]] a straight answer.',
      '[[I went above and beyond for you]] on this one.',
      'Please [[return the favor]] and sign.',
      '[[After all the hours my team has put in for you]], I expected a yes.',
      'If you walk away now, [[all my work was for nothing]].',
      'I gave you my best price and [[this is how you repay me]]?',
    ],
    pass: [
      'I was glad to put the proposal together for you.',
      'After all the time your team put into the pilot, you deserve a clear summary.',
      'We spent the week on your data migration plan; here it is.',
      'Thanks for everything you have done to set up the pilot.',
      'All our work on the import was wasted when the file format changed, so we rebuilt it.',
    ],
  },
});
