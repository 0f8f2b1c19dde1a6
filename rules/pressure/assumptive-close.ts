import { defineRule } from '../define-rule';
import { SIGN_IN } from '../deadline-guards';

/** Closing as if the yes were already given: "when should I send the contract for your signature?" */
export default defineRule({
  match: [
    '(assume|assuming) the (sale|close|yes)',
    '(i will|we will) go ahead and send over? (a|your|the) (docusign|signing link|esign|order form)',
    '(when|where|who) (should|shall|can|do) (i|we) send over? (your|the)? %pPaperwork%',
    '(shall|should) (i|we) (go ahead and)? (send over|draw up|send|prepare|start|get) (your|the) %pPaperwork% (drawn up|started|over|going|ready)? (so you can sign|for your signature|for signature)?',
    '(i|we) (have already|will|have|already|am going to|are going to)? (go ahead and|gone ahead and)? (drawn up|drew up|draw up|prepared|prepare|send|sent|pop|shoot) (your|the|it|this) %pPaperwork%? (over|across|through)? (now|today)? (so you can sign|for your signature|for signature|for e-signature|for esignature|for countersignature)',
    // Booked for the buyer: "I have taken the liberty of reserving your licences".
    '(i|we) have? (taken the liberty of|gone ahead and) (reserving|reserved|booking|booked|raising|raised|processing|processed|placing|placed|ordering|ordered|allocating|allocated) (your|the) (licences|licenses|seats|order|po|purchase order|renewal|upgrade|slot|users)',
    // Silence read as a yes: "If I don't hear back by Friday I'll go ahead and book the kickoff".
    'if (i|we) (do not|have not) (hear|get|have|see) .{0,4} (i|we) (am|are|will)? (going to)? (go ahead and|just)? (book|send|process|submit|place|raise|schedule|start|issue|lock|release|releasing|give|giving|pull|pulling|lose) .{0,3} (kickoff|order|contract|paperwork|onboarding|implementation|renewal|po|docusign|seats|licences|licenses|agreement|slot|offer|discount)',
    '(i|we) %pWillI%? be? (sending|send) (the|your|it|this) %pPaperwork%? (over|across) .{0,4} for (you to sign|your signature|signature|you to countersign)',
    '(i|we) have? already? (told|promised|assured) (my|our) %pBoss% (that)? (you are|you will|your team is) (in|on board|good to go|moving forward|signing|committing|happy to proceed|going ahead|a yes|proceeding)',
    '(shall|should|can) (i|we) (pop|put|push|process|raise|place) (the|your|this) (order|po|paperwork|contract|renewal) through',
    '(which|what) (purchase order number|credit card|payment method|billing address|po number|card) (should|shall|can) (i|we) (put|use|charge|bill|send)',
    '(i|we) (will|have|am going to|are going to) (go ahead and|gone ahead and)? (put you down|sign you up|signed you up|pencil you in) for .{0,3} (seats|licenses|licences|users|annual|plan|package|bundle|contract|years|term|tier|subscription|edition)',
    '(should|shall|can) (i|we) (go ahead and|just)? (put you down|sign you up|pencil you in|book you in|put you in) for (the|a|an)? .{0,3} (seats|licenses|licences|users|annual|plan|package|bundle|contract|years|term|tier|subscription|edition)',
    '(i|we) %pWillI%? (assume|take it) that? (you are|we are) (in|on board|good to go|moving forward|signing|committing|happy to proceed|going ahead|a yes|proceeding)',
    '(which|what) (day|date|time) (works|suits|is best|is better|would work|would suit) (for you|best)? to (sign|countersign|sign off|get this signed|get it signed|finalize|finalise|commit|put pen to paper)',
    '(i am|i will|we are|we will) (putting|put|processing|process|booking|book|submitting|submit|placing|place|raising|raise) (the|your|this)? (invoice|order|order form|contract|paperwork|po|purchase|renewal|upgrade) .{0,3} unless you',
    '(i will|we will|i am going to|we are going to) go ahead and (send|issue|raise|process|submit|place|book|put through) (the|your|this)? (invoice|order|order form|contract|paperwork|po|purchase|renewal|upgrade) .{0,3} unless (you|we hear|i hear)',
    // "We'll go ahead and send the invoice unless you tell us otherwise."
    // The signing taken as given: "so when are you signing?"
    '(so|and)? when (are you|will you be|are you going to be) (signing|committing|sending the signed)',
    "(i will|we will) go ahead and (send|get|draw up|prepare|issue) over? (your|the) %pPaperwork% (so|and) (i|we) can (get you started|get you live|kick off|start|get started|get going)",
    '(which|what) (payment|billing)? (option|plan|tier|package|term|edition) (should|shall|can) (i|we) (put you down|sign you up) for',
    '(when|by when) (can|should|will) (i|we) (expect|see|get|receive) (your|the) (signed|countersigned) %pPaperwork%',
  ],
  unless: [
    SIGN_IN,
    'reported',
    // The buyer already said yes or asked for it: not an assumption.
    /\b(you|they|she|he) (asked|requested|agreed|confirmed|said yes|signed off|gave the go ahead|are ready|were ready)\b/,
    /\bas (requested|discussed|agreed)\b|\b(once|if|when) you\b|\bor (would|do) you (rather|prefer)\b/,
  ],
  severity: 'warning',
  message: 'Assumes the buyer has said yes and skips straight to the paperwork.',
  why: 'An assumptive close decides for the buyer and makes them push back to say no. Ask where they are in their decision instead.',
  alternatives: [{ rewrite: 'would it help if I sent over the contract' }, { question: 'clarity' }],
  examples: {
    flag: [
      '[[We will go ahead and send the order form over today so you can sign]].',
      '[[Shall I push the renewal through]] for you today?',
      '[[I am going to put you down for the 40 seats]] unless I hear otherwise.',
      '[[Can I go ahead and put you down for the Pro tier]]?',
      'Unless you object, [[I will take it we are proceeding]] with the renewal.',
      '[[We will be sending the agreement across this afternoon for you to sign]] before Monday.',
      '[[If we do not get the PO by Friday we are releasing the slot]].',
      '[[We will pop the agreement over for your signature]] this evening.',
      '[[We have gone ahead and booked your seats]] for the June cohort.',
      '[[If we do not hear back by the 12th, we will go ahead and raise the order]] for you.',
      '[[I have already told our CEO you are on board]] with the rollout.',
'[[We will go ahead and send the signing link]] tonight, watch for it.',       "[[When should I expect your signed agreement]]?",
      "[[Which plan should I put you down for]]?", '[[I will go ahead and send the contract so we can kick off]] on the 3rd.','[[We will go ahead and issue the invoice on Monday unless you]] tell us otherwise.', '[[So when are you signing]]?', 
      'Great call! [[When should I send over the contract]] for your signature?',
      '[[Where should we send the order form]] so you can sign?',
      '[[Shall I go ahead and draw up the paperwork]]?',
      '[[Which card should I put]] the first year on?',
      '[[I will go ahead and put you down for 40 seats]].',
      '[[Should I put you down for the 200-seat plan]] or the 500?',
      '[[Which day works for you to sign]], Tuesday or Wednesday?',
      '[[I’m putting the order through unless you]] stop me.',
      '[[We’ll assume you’re in]] unless we hear otherwise by Friday.',
    ],
    pass: [
      'Shall I send the contract over, or would you rather wait for your board?',
      'Once you have decided, I will send the contract for signature.',
      'We have gone ahead and booked the meeting room you asked for.',
      'If I do not hear back, I will assume the timing is off and check in next quarter.','You asked for the order form, so I will go ahead and send the order form now.',  'I will go ahead and send the contract so your legal team can review it early.','When are you signing in to the sandbox?', 
      'Attached is the order form we discussed.',
      'As you asked, when should I send the contract so legal can review it?',
      'Once you have decided, I can send the paperwork.',
      'Who should I send the security questionnaire to?',
      "I'll put you down for the 2pm demo slot.",
      'Which day works for you to meet, Tuesday or Wednesday?',
      'I will assume you are on the 9am call unless you say otherwise.',
      'I will send the invoice on Monday unless you need a different billing date? Just let me know.',
    ],
  },
});
