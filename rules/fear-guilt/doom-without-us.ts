import { defineRule } from '../define-rule';

/** Disaster painted as the default without the product: "without this, your data is a sitting duck". */
export default defineRule({
  match: [
    'without (our platform|our product|our solution|a backup|protection|this|us|it) .{0,3} (is|are|be|re) (a sitting duck|sitting ducks|wide open|defenseless|defenceless|toast|doomed|dead in the water|an easy target)',
    'you (are|will be) (a sitting duck|sitting ducks|wide open|defenseless|defenceless|toast|doomed|dead in the water|an easy target)',
    'you (are|will be|will keep) (leaving|putting) (your|the) .{0,3} (exposed|vulnerable|unprotected|defenseless|defenceless)',
    '(is|are|it\'s) %only%? a (ticking time bomb|disaster waiting to happen)',
    'you are (basically|just|really)? (playing with fire|playing russian roulette|rolling the dice|flying blind|asking for trouble)',
    'your? (customers|clients|users|best people|top reps|employees) (are going to|will) (leave|walk|churn|go elsewhere|jump ship|defect) (to|for) (%spSomeone%|a competitor|competitors|your competitors|the competition)',
    '(you are|you would be|you\'d be|you will be|youre|you are going to be) (putting|leaving|placing) (your|the) (whole|entire)? (team|people|company|business|customers|data|staff|organization|department|reputation|project|launch|rollout|quarter|future|career) (at risk|in danger|in jeopardy|exposed|vulnerable)',
    'do not leave (your|the) .{0,2} (exposed|vulnerable|unprotected|defenseless|defenceless)',
    'your? (competitors|competition|rivals) %fgCould% (eat you alive|eat your lunch|crush you|bury you|destroy you|steal your customers|take your customers|put you out of business|wipe the floor with you|run circles around you)',
    // "Think about what happens to your team if you stay on the old system."
    '(think about|imagine|picture|consider) what (happens|will happen|would happen|could happen|might happen) to (you|your) .{0,3} (if|when|unless) (you|nothing)',
    '(think about|imagine|picture|consider) what (happens|will happen|would happen|could happen|might happen) (if|when) you (stay|keep|wait|do nothing|do not|stick|hold off|pass|delay|say no|ignore)',
    '(we all|everyone|you) (saw|know|knows|remember|remembers) how (that|it) (ended|went|turned out|played out)',
    '(could|would|will|might|can) (wipe out|sink|destroy|bankrupt|finish off|ruin) (your|the) (whole|entire)? (business|company|firm)',
    '(shame|pity) if your %fgTheirPeople% (started|start|began|were|kept|ended up)',
    '(shame|pity) if (your|something|anything) .{0,3} (got|gets|happened|happens) (suspended|revoked|fined|sued|hacked|breached|shut down|to)',
  ],
  unless: ['buyer-raised', 'reported', 'asking-buyer'],
  severity: 'warning',
  message: 'Paints disaster as certain unless the buyer buys, using fear to push a yes.',
  why: 'Catastrophising pushes people to act out of fear, and they notice. If there is a real risk, describe it plainly and let them judge it.',
  alternatives: [{ rewrite: 'there is a risk here worth looking at together' }, { question: 'concerns' }],
  examples: {
    flag: [ "It would be a [[shame if your accreditation got suspended]] over paperwork.",
      '[[We all saw how that ended]] last time.',
      
      "Without backups, [[you are really asking for trouble]].",
      "A single outage [[could wipe out your whole business]].",
      "It would be a [[pity if your customers started]] drifting away.", '[[Think about what happens to your margins if you]] stay put.', '[[Imagine what happens if you wait]] another quarter on this.',
      '[[Without a backup plan, your data is a sitting duck]].',
      'Honestly, [[you’re playing with fire]] on compliance.',
      'That legacy server [[is a ticking time bomb]].',
      'Right now [[you’re leaving your customers exposed]].',
      '[[Your competitors will eat you alive]] if you don\'t act.',
      'If you don\'t act, [[your customers will leave for someone]] who did.',
      '[[Don\'t leave your people exposed]] because of a budget line.',
      '[[You’d be putting your whole team at risk]] by waiting.',
      '[[You’re putting the whole project at risk]] by dragging your feet.',
    ],
    pass: [
      'Your customers won\'t care about the backend change; it\'s invisible to them.',
      "It would be a shame if you missed the webinar, so here is the recording.", 'Imagine what could happen if you had the numbers every morning.', 'Think about what happens to your data during the migration, and ask us anything.',
      'You mentioned the old server is a ticking time bomb, so here is a migration plan.',
      'Which of your systems are most exposed today?',
      'Your customers are safe during the migration.',
      'Your competitors will likely ask for the same integration.',
    ],
  },
});
