import { defineRule } from '../define-rule';

/**
 * The shape of a threat to the buyer's standing, whatever its words: blame landing on their
 * side ("your department takes the heat"), the boss asking why they didn't act, being the one
 * remembered for saying no.
 */
export default defineRule({
  match: [
    // Blame idioms landing on the buyer's side: "your team left holding the bag".
    '(you|your) .{0,4} (take|takes|taking|took|carry|carries|carrying|hold|holds|holding|held) the (bag|can|heat|fall|blame|rap|flak)',
    '(guess|wonder) whose .{0,2} (takes|gets|carries|holds|pays|is|will)',
    // The boss asking why: "when your VP asks why you sat on this".
    '(ask|asks|asking) you? (why|how come) %youTeam% (did|never|waited|passed|missed|sat|hesitated|delayed|ignored|dropped|failed|held|let|stalled|dragged|turned|walked)',
    // Being the one remembered for it: "nobody wants to be the director who signed off on a failure".
    '(nobody|no one) (wants|want) to be the .{0,2} (who|that) (%fgFail%|signed|approved|blocked|killed|has|gets|explains)',
    '(remembered|known) as the .{0,2} (who|that) (%fgFail%|blocked|killed)',
    '(you will|you are going to|you would|you could) be the (one|person) .{1,6} (explaining|answering|justifying|apologizing|apologising|defending)',
    // The buyer blamed, by anyone: "if you got blamed for an outage we could have prevented".
    '(%youTeam%|your people|your staff) (could|might|will|may|would|can|are going to)? (got|get|gets|getting|were|are|being|be) (the one|the person)? (blamed|scapegoated|thrown under the bus|hung out to dry|held responsible|held accountable|left holding the bag|let go|fired|sacked|canned|replaced|demoted)',
    '%pBoss% %fgWill% want (someone to blame|a scapegoat|heads|a head)',
    // A veiled threat: "you know what happens to managers who miss two quarters".
    '(you know|we both know|everyone knows|you have seen) what happens to (%pBoss%|directors|people|teams|leaders|folks|companies|those|anyone|buyers) (who|that)',
  ],
  // "Nobody wants to be the one who…" carries its own "no": the pattern holds the negation.
  noDefaultGuards: true,
  unless: [
    'buyer-raised',
    'reported',
    // "so your team never takes the heat": the blame idiom negated.
    /(\b(never|not|no one|nobody)|n't)( [a-z']+){0,2} (take|takes|taking|took|carry|carries|carrying|hold|holds|holding|held) the\b/,
    /\b(heat|blame|pressure) off\b/, /\bhelp (you )?(explain|answer|justify|defend)\b/, /\bno (pressure|rush)\b/,
    // "You know what happens to teams who automate? They keep their weekends."
    /\bwhat happens to [^.?!]*\?/,
  ],
  severity: 'warning',
  message: "Casts the buyer as the one who will be blamed if they don't buy.",
  why: 'Making someone fear for their standing gets a defensive decision, not a good one. Help them build the case they believe in, and they will carry it upward themselves.',
  alternatives: [{ question: 'outcome' }],
  examples: {
    flag: [
      'I would hate to see [[you take the fall]] for this.',
      'If the migration slips, [[your ops team takes the blame]].',
      "It'll be [[your department holding the can]] when the audit lands.",
      'If this stalls, [[guess whose budget takes]] the hit.',
      'So when the COO [[asks why you did]] nothing, what then?',
      'When the board [[asks you why your team waited]] another year, you will need an answer.',
      "[[Nobody wants to be the CIO who signed]] off on a breach.",
      "[[No one wants to be the manager that missed]] the warning signs.",
      '[[You will be the one standing up at the quarterly review explaining]] the overrun.',
      "You'd hate to be [[remembered as the team that blocked]] the upgrade.",
      '[[You will be the one in front of the auditors explaining]] the gap.',
      'I would hate to see [[your team get thrown under the bus]] for a vendor problem.',
      'When this breaks, your [[board is going to want someone to blame]].',
      '[[You know what happens to directors who]] miss their targets twice.',
    ],
    pass: [
      'Our platform takes the heat off your support team during launches.',
      'If your CFO asks why you chose us, I can help you explain the numbers.',
      'You mentioned you would be the one explaining the budget to the board, so here is a summary.',
      'Your team is known as the group that ships fast, which is why I reached out.',
      'Nobody wants to be the first to try something new, so we start with a small pilot.',
      'You never take the blame for an outage on our side: the SLA covers it.',
      'You know what happens to teams who adopt in phases? They keep their weekends.',
    ],
  },
});
