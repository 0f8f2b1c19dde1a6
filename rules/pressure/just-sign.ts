import { defineRule } from '../define-rule';
import { NDA, SIGN_IN } from '../deadline-guards';

/** The signature made to sound trivial: "just sign page 4 and send it back". */
export default defineRule({
  match: [
    '(sign|raised|signed) (now|today|%pSigned%)? and (we will|we can) (sort|figure|work|iron|hash) out? the (details|rest|specifics|fine print)',
    '(just|simply) (put your signature on|add your signature to|put your name on|scribble your name on|click accept on|sign|initial|countersign|docusign|hit sign|click sign|tap sign|hit accept)',
    'all (you have got|that you need|you need is|you have left|you have|you need) to do is (put your signature|click accept|click approve|click agree|send it back|return it|say yes|sign|initial)',
    '(all|the only thing) (%stLeft%|i need|we need|that is|missing|outstanding|needed)? now? (left|needed)? is (a|your) quick? (john hancock|sign off|signature|autograph|initials|approval|go ahead|yes|signed copy|decision)',
    '(i|we) %only% need your (john hancock|sign off|signature|autograph|initials)',
    '(just|simply) (send|email|return|shoot|pass) (me|us|it)? back? (your|the) (signed|countersigned) (form|copy|contract|agreement|order form|paperwork|po|docs|documents|sow|msa)',
    '(your|the) (john hancock|sign off|signature|autograph|initials|approval|go ahead|yes|signed copy|decision) is (the only thing|all that is|all) (standing in the way|left|missing|holding this up|we need)',
    '(so|now|then) just? sign (the order form|the contract|the agreement|it|this|here)',
    // "Sign the attached and we'll call it done."
    '^sign (the attached|it|this|the order form|the contract|the agreement) and (we will|we can|you are|it is|we are) (call it done|done|set|good to go|all set|live)',
    '^(put|pop|stick|drop|scribble) your (name|signature|initials|john hancock) on the? (order form|contract|agreement|paperwork|dotted line|signature page|form|docusign|page|it|this)',
    'go ahead and (sign|countersign|docusign|initial) (the order form|the contract|the agreement|it|this|here)?',
    '%only% need your (john hancock|autograph)',
    '(just|simply) (reply|respond|write back|email back) with? (yes|approved|ok|okay|go|agreed|confirmed) and (i|we) (will|can) (handle|take care of|sort|do|process)',
    '%only% need your (signature|initials) (on|at) page'
  ],
  unless: ['reported', /\b(if|once|when|whenever) (you|it|everything|legal|that|the|your)\b(?! (arrives|lands|comes (in|through)))/, SIGN_IN, NDA, /\bwhen(ever)? you (get|have) a (chance|moment|minute|sec)\b/],
  severity: 'warning',
  message: 'Makes signing sound like a formality, skipping past the decision.',
  why: 'Signing is the buyer deciding to trust you. Calling it a quick formality hurries them past the moment they should feel sure.',
  alternatives: [{ rewrite: "when you're ready, sign" }, { question: 'clarity' }],
  examples: {
    flag: [ 'The envelope is on its way, [[just hit sign]] when it lands.',
      '[[Sign the agreement and we are all set]].',
      'Good news: [[the only thing missing now is your signature]].',
      '[[Just reply yes and we will take care of]] the rest.',
'[[Sign now and we can iron out the details]] after.',       "[[Just hit sign]] and we're done.", '[[Just need your John Hancock]] and we are live.', '[[Just need your signature on page]] 3 and it is done.',
      'Everything is set, [[just sign]] page 6 and email it back.',
      '[[All you need to do is sign]] and we start Monday.',
      '[[All that’s left is your signature]] on the order form.',
      'It is the best price we have, [[so sign it]].',
      'Legal has approved it, so [[we just need your signature]].',
      '[[Go ahead and sign]], I will handle the rest.',
      '[[Just send me the signed form]] and we are good.',
      '[[Your sign-off is the only thing standing in the way]], so let us get it today.',
      '[[Put your name on the order form]] and we will handle the rest.',
    ],
    pass: [
      'Sign the attached NDA and we can share the roadmap.',
      'Just reply with a time that suits and we will take care of the invite.',
'Once you sign, we will sort out the details of onboarding together.',       'Attached is the order form we discussed; legal can review it first.',
      'Once it is signed, we can kick off onboarding.',
      'Just sign in to the portal to see the dashboard.',
      'She just signed with a competitor last month.',
      'Once legal is happy, go ahead and sign whenever suits you.',
      'If the terms look right to you, go ahead and sign.',
    ],
  },
});
