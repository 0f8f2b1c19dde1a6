import { defineRule } from '../define-rule';
import { eachTarget } from '../lexicon/conflict-and-tone';

export default defineRule({
  match: eachTarget([
    '(break|breaks|breaking|broke|wear|wears|wearing|wore|grind|grinds|grinding|ground|beat|beats|beating|whittle|whittling|tear|tearing|knock|knocking|take|taking|took) down %advTheirSome%? (buyer\'s|client\'s|prospect\'s|cfo\'s|vp\'s)? (resistance|defenses|defences|defense|defence|walls|wall|guard|objections|pushback|will|reluctance|hesitation|skepticism|scepticism|doubts)',
    '(wear|wears|wearing|wore|grind|grinds|grinding|beat|beats|beating|break|breaks|breaking|whittle|whittling|tire|tiring|knock|knocking) %advTarget% down',
    '(wear|wears|wearing|wore|grind|grinds|grinding|whittle|whittling|tire|tiring) down %advTarget%',
    '(break|breaking|broke|crack|cracking) (the buyer\'s|the client\'s|their|his|her) (resistance|will|resolve|defenses|defences|spirit)',
    '(until|till) %advThey% (give in|gives in|give up|gives up|say yes|says yes|cave|caves|crack|cracks|fold|folds|break|breaks|buckle|buckles|submit|submits|blink|blinks|surrender|surrenders|relent|relents|capitulate|capitulates|crumble|crumbles|break down|breaks down)',
    '(break|breaks|breaking|broke|wear|wears|wearing|wore|grind|grinds|grinding|ground|beat|beats|beating|whittle|whittling|tear|tearing|knock|knocking|take|taking|took) down %advTheirSome% .{1,2} %advDefenseWord%',
    '(break|breaking|broke|crack|cracking) %advTarget%',
    '%never% (give|let|allow) %advObject% (room|space|time) to (breathe|think|regroup)',
  ]),
  // "The old servers wore down their IT team": something else did the wearing.
  unless: [
    // "Break their team into two groups", "break the account down by region": splitting, not breaking.
    /\b(break|breaking|broke|crack|cracking) (them|him|her|the [a-z]+( [a-z]+)?|their [a-z]+( [a-z]+)?) (into|up|out|apart|even|in (two|half)|off|down (by|into|per|for|to|in))\b/,
    /\b(server|servers|system|systems|tool|tools|outage|outages|workload|backlog|vendor|software|migration|project|process|spreadsheet|spreadsheets|tickets|work)\b[^.!?]{0,15}\b(wore|wear|wears|wearing|grind|grinds|ground|tire|tired|tires|beat|beats|broke|breaks)\b/],
  severity: 'warning',
  message: 'Plans to wear the buyer down instead of helping them decide.',
  why: "A yes you get by exhausting someone is not a decision they own; it comes back as churn and mistrust. Find out what is really holding them back.",
  alternatives: [{ rewrite: 'understand what is holding them back' }, { question: 'concerns' }],
  examples: {
    flag: ['- he\'s a tough nut; [[crack him]] in the exec meeting', '- [[don\'t give them room to breathe]] before QBR', 
'- keep at it [[until the champion folds]]',       '[[Break down their resistance]] with the ROI deck on Friday.',
      'Keep calling procurement and [[wear them down]].',
      '[[Wear down the CFO]] with weekly calls.',
      'Plan: [[beat him down]] on price, then add the services.',
      'Follow up every day [[until they cave]].',
      'Keep the pressure on [[until they surrender]] the budget.',
      '[[Beat down the price objection]] with the TCO sheet.',
      'Need to [[break their CFO]] before renewal.',
    ],
    pass: ['We\'ll break them in two groups for training.', 'Don\'t give them too much to read before the call.', 
      'Break down the costs by team so they can compare.',
      'The old servers wore down their IT team last year.',
      'Their resistance to per-seat pricing makes sense for a seasonal team.',
      'Wait until they have finished the pilot before asking.',
      'Break their team into two groups for training.',
      'Break the account down by region for the CFO.',
    ],
  },
});
