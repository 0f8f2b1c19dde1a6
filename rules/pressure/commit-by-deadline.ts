import { defineRule } from '../define-rule';
import { BUYER_PLAN, NDA, WRITER_SIDE } from '../deadline-guards';

/**
 * The shape of a deadline close, whatever its words: the buyer's act of commitment (sign,
 * approve, a verbal, the green light, pen to paper) and a near date in the same stretch of
 * words. "Get the signed paperwork back to me by Thursday", "push for a verbal before end of call".
 */
export default defineRule({
  // Anchored on the act (%pAsk%), never on "you": imperatives and call notes have no "you".
  match: [
    '%pAsk% .{0,5} %dueBy% %dueTime%',
    '%pAsk% .{0,4} (today|tonight|tomorrow|asap|eod|cob|eow)',
    '%pAsk% .{0,4} this (afternoon|morning|evening|week|weekend)',
    '%pAsk% .{0,5} before (you|we|i) (hang|get|log|leave|finish|wrap|end|present|meet|go|head|talk) (up|off)?',
    '%pAsk% .{0,4} before end of (this|the|our)? call',
    '%pAsk% .{0,4} before (this|the|our) (call|quarter|month|week|year) (ends|closes|is)',
    '%pAsk% .{0,4} (on|during) (the|this) call',
  ],
  unless: [
    // The writer's own act ("we'll sign on our side this week"): a subject, then the act, no
    // "you" between. Not the shared writer-obligation guard, which reads "back to me" as a subject.
    // The same for papers the writer sends: "I'll send the order form for your signature by Friday".
    /\b(i|we)('ll|'d|'ve|'[mr]e going to| will| would| can| could| have| (am|are) going to| plan to| also| then| just)* ((sign|countersign|decide|approve|commit|confirm|finali[sz]e)\b|(send|share|forward|email|prepare|draft|have)\b.*\bfor (your )?(signature|review|approval)|(send|get|return|email)\b.*\bto you\b)|\bready for (your )?signature|\b(our|my) own\b/,
    WRITER_SIDE,
    'reported',
    'buyer-deadline',
    BUYER_PLAN,
    NDA,
    /\bsign(ed|ing|s)?[ -]?(up|in|into|out)\b/,
    // Paperwork that is not the purchase: "approve the agenda by Friday".
    /\b(w-?9|timesheets?|expenses?|agenda|slides|deck|logo|proofs?|minutes|invoices?)\b/,
    // A condition, not an order: "once it's signed, we can start before the end of the month".
    /\b(once|when|whenever|after|as soon as|if|until)\b(?:(?!\bno|n't\b|\bnot\b)[^,;])*\b(sign|signs|signed|approve|approves|approved|commit|commits|countersign|countersigned)\b/,
    // "I'm not going to ask you to decide today": the negation sits further back than the default guard looks.
    /(\bnot|\bnever|n't)( going)?( to)? (ask|push|rush|pressure|expect)\b/,
    // Their own people's plan: "procurement will approve the PO by Friday".
    /\b(patients|students|staff|employees|parents|visitors) (have to|must|need to)\b|\b(they|he|she|legal|procurement|finance)('ll| will| should| can| usually| plans? to| expects? to| needs? to)\b/,
    // The buyer's choice, not the writer's clock.
    /\bif (that|it|this) (suits|works|helps)|\bif you('d| would)? (like|prefer|wish)\b|\bjust as well\b|\bor (next|later|whenever|after)\b/,
    // A question about their process: "Does your CFO approve purchases before the quarter ends?"
    /^\s*(do|does|did|is|are|when|what|how|who|which)\b(?! we\b)[^?]*\?\s*$/,
  ],
  severity: 'warning',
  message: 'Asks the buyer to sign or approve by a date you set.',
  why: 'A yes given to meet your clock is a yes to the clock, not to the decision. Ask what they still need, and let their timeline set the date.',
  alternatives: [{ question: 'clarity' }],
  examples: {
    // The default negation guard reads the if-clause's "not" as negating the act.
    knownMisses: ['If I do not have the [[countersigned form by 9am]], I will move on.'],
    flag: [
      'Could you [[finalise on your side by end of day]]?',
      'Can you [[commit to the two-year plan before I meet]] my VP?',
      'I think we should [[sign this before we hang up]].',
      'Call 2: get them to [[commit on the call]], no more circling back.',
      '- get [[verbal commit before end of call]]',
      'Next call: get a [[verbal yes from Sam on this call]].',
      "Let's wrap things up and [[sign by Thursday]].",
      'Could you send the [[signed order form back to me before Wednesday]]?',
      "Let's get your [[signature on the renewal by the 28th]].",
      'Ideally [[approve the purchase order this afternoon]] so we can book the team.',
      'Note: ask for the [[green light by close of business]].',
      '- Chase Ravi for a [[verbal yes before end of call]]',
      'Really need your [[go-ahead on this call]].',
      'The smart move is to [[commit this week]].',
      "Please [[confirm the order by noon]] and we're set.",
      'Time to put [[pen to paper before the weekend]].',
      'Can I get a [[verbal yes today]]?',
      'Can I count on your [[signature by tomorrow]]?',
      'Can you [[countersign the order form today]] so we can schedule kickoff?',
      'Your [[sign off is needed by Thursday]] to keep the start date.',
      'Could you send us a [[signed order form by close of play]]?',
      'Could you have the agreement [[signed and back to us by Friday]]?',
      'Can we just get the agreement [[signed today]]?',
      'We really should get the agreement [[signed before we hang up]].',
      'I need you to get the [[purchase order signed today]].',
      'I expect the [[signed agreement on my desk by Monday]].',
      'Have the agreement [[signed and back to me by noon]].',
      'I need it back [[signed before the quarter closes]].',
      'So, [[yes or no by Thursday]]?',
      'Are we ready to get this [[across the line today]]?',
      'Can we get this [[over the line tomorrow]]?',
      'Told procurement to [[approve today]], no more delays.',
    ],
    pass: [ 'Employees have to sign the handbook before their first day.',
      'If you need more time before the kickoff, we can sign whenever suits.',
      'We have to finalise our own hiring plan by Friday.',
      "I'll send the order form for your signature by Friday.",
      'We will sign the partner agreement on our side this week.',
      'Once the contract is signed, we can start onboarding before the end of the month.',
      'Your procurement lead mentioned they want to approve this before the end of the quarter.',
      'Legal will sign off on the DPA this week, they told us.',
      '- Procurement will approve the PO by Friday',
      'Please sign the NDA by Thursday so we can share the roadmap.',
      'Sign up by Friday to get a seat at the workshop.',
      'You can sign today if that suits you, or next month just as well.',
      "There's no need to commit on this call; take the deck to your team first.",
      'Does your CFO usually approve spend like this before the quarter closes?',
      'Could you approve the agenda by Friday so I can send the invites?',
      "I won't push you to decide before the weekend.",
      'We will get the countersigned order form back to you by Monday.',
    ],
  },
});
