import { defineRule } from '../define-rule';
import { SIGN_IN } from '../deadline-guards';

/** Imperatives to sign on the writer's clock: "Sign today", "so sign it now", "have it back to me by noon". */
export default defineRule({
  match: [
    '(go ahead and|come on|please|so|now|just|then)? (sign and send back|sign and return|sign and send|countersign|sign|decide|commit) %pSigned%? %pNow%',
    '(please|just|so|now)? (sign|initial) .{0,3} and (return|send|email) (it|them|this)? back? (to me|to us)? %pNow%',
    '(please|just|so|now)? (take|accept|grab) (the deal|this deal|the offer|this offer) %pNow%',
    '(please|just|pls)? (get|have) (your|the) %pPaperwork% (raised|signed|approved|issued|cut|processed|countersigned|sent|back|over|done) (%dueBy%|no later than)? %pWhen%',
    '(please|just|pls)? (send|get|return|have) (your|the) (signed|countersigned|executed) (form|copy|contract|agreement|order form|paperwork|po|docs|documents|sow|msa) back? (to me|to us)? %dueBy% %pWhen%',
  ],
  // Only as an imperative: "you can sign today" and "we'll sign today" are not orders.
  unless: ['mid-clause', 'buyer-deadline', 'reported', SIGN_IN, /\b(if|once|when|whenever) you (sign|decide|commit)\b/],
  severity: 'strong',
  message: 'Orders the buyer to sign now, on your timeline rather than theirs.',
  why: 'An order to sign today takes away the time a good decision needs. If there is a real date, explain it plainly and let them choose.',
  alternatives: [{ rewrite: 'sign whenever you are ready' }, { question: 'clarity' }],
  examples: {
    flag: [ '[[Please initial each page and send it back today]].',
      '[[Please have the PO approved no later than Thursday]].',
      '[[Sign today]] and we can start onboarding Monday.',
      'This is a great fit, [[so sign it now]].',
      'No more back and forth; [[sign the contract today]].',
      '[[Please sign and return this week]].',
      '[[Get the PO raised today]] please.',
      '[[Take the deal now]]; it is the best you will see.',
      'Contract sent, pls [[sign asap]].',
      '[[Send the countersigned copy back to me by end of day]].',
    ],
    pass: [
      'You can sign today if that suits you, or next month.',
      'If you sign today, that works, and next month works just as well.',
      "We'll sign today on our side and send you the countersigned copy.",
      'Sign up today for the free webinar.',
      'Sign whenever you are ready.',
      'We will get the PO raised today on our side.',
      'We will send the countersigned copy back to you by Friday.',
      'Legal can get the contract signed this week if that suits you.',
    ],
  },
});
