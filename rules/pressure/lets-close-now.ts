import { defineRule } from '../define-rule';
import { NDA } from '../deadline-guards';

/** Closing on the writer's timeline: "let's get this done today", "let's get it signed". */
export default defineRule({
  match: [
    'let us (make|get) %pSigned% (%pDone%) %dueBy%? %pWhen%',
    'let us (get|have) %pSigned% (over the line|across the line|locked in|signed|countersigned|closed)',
    'let us just? (close|wrap|finalize|finalise|sign|lock|button) (it|this)? (up|out|in)? %pWhen%',
    'let us just? sign %pSigned%',
    '(let us not|do not|no need to|no point in|why) drag (this|it|things) (out|into|past|over)',
    'let us (just|quickly|simply|go ahead and) (get|have|make) %pSigned% (%pDone%)',
    'let us (close|wrap up|finalize|finalise|sign|lock in|seal|complete|place|process) (the|your|this)? (order|deal|contract|paperwork|agreement|purchase|renewal|upgrade|po|subscription) %pWhen%',
    'let us not waste (any more|more|any further|further) time',
    // "Let's wrap this up and sign before Friday."
    // "Let's get you signed up today."
    'let us just? (get|have) you (signed up|signed|on board|onboarded|locked in|started) %pWhen%',
    'let us (stop|quit) (going back and forth|the back and forth|wasting time|stalling|dragging our feet|dragging this out|beating around the bush|dancing around it)',
    'let us just? (put pen to paper|get ink on paper|get the ink on paper) %pWhen%',
  ],
  // The buyer's own dates and conditions; not the broader buyer-deadline guard, which also
  // reads "you said you liked it, so let's sign today" as the buyer's timeline.
  unless: [
    'reported',
    /\b(your|their|the customer's|the client's) (own )?(board|team|it team|legal|procurement|fiscal|budget|renewal|contract|agreement|deadline|timeline|cutoff|cut-off|launch|go-live|audit|review|quarter|year-end|planning|meeting|freeze)\b/,
    /\bas you (said|mentioned|noted|asked|requested)\b|\bper (the|your|our) (current )?(agreement|contract|terms|msa|order form|request|note|email)\b/,
    /\b(once|after|as soon as) (you're|you are|you have|you've|legal|everyone|the (legal|security|pilot|review))\b/,
    NDA,
  ],
  severity: 'warning',
  message: 'Sets your timeline for their decision with a "let\'s get it done".',
  why: 'A friendly "let\'s" still decides the timing for them. Ask what they need before they are ready, and let the date follow.',
  alternatives: [{ rewrite: 'let me know what you need to feel ready' }, { question: 'clarity' }],
  examples: {
    flag: [
      "[[Let's not drag this past]] the holidays.",
      "[[Let's just put pen to paper this afternoon]].",'[[Let\'s get you signed up this week]], shall we?',
      'Great, [[let’s get this done today]].',
      '[[Let’s get the contract signed]] and start onboarding.',
      '[[Let’s wrap this up this week]] so we can hit the launch date.',
      "[[Let's just sign the order form]] and sort out the details later.",
      "[[Let's not drag this out]]; the pricing is fair.",
      "[[Let's just get the paperwork signed]] this afternoon.",
      'You said you liked it, so [[let’s sign today]].',
      "[[Let's stop going back and forth]] and get it signed.",
      "[[Let's make it official before the weekend]].",
      "[[Let's get this deal across the line today]].",
      "[[Let's finalize the order today]].",
      "[[Let's not waste any more time]], sign the agreement.",
    ],
    pass: ['Let\'s get you signed in to the sandbox today.', 
      "Let's get the pilot data first and then decide.",
      "Let's find a time this week that works for your team.",
      "Let's get this done right, even if it takes a few more weeks.",
      "Let's get the contract signed once legal is happy with it.",
      "Let's get the NDA signed so we can share the roadmap.",
      "Let's finalize the agenda for Thursday's workshop.",
      "Let's not waste your time, so here is the short version.",
      'Your board meets Thursday, so let’s get the agreement signed after that.',
    ],
  },
});
