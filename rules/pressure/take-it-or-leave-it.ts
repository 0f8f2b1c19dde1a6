import { defineRule } from '../define-rule';

/** Negotiation ended by decree: "take it or leave it", "this is my final offer". */
export default defineRule({
  match: [
    'take it or leave it',
    // The talking is over: "we're done negotiating", "no more haggling".
    "(i am|we are|i have|we have) (done|finished|through) (negotiating|haggling|going back and forth)",
    '(no more|enough) (negotiating|haggling|concessions)',
    '%thisThat% is (the|our|my) (best and final|final|last) (offer|price|number|proposal)',
    'consider %thisThat% (my|our) (best and final|final|last) (offer|price|number|word)',
    'there (will not|is not going to) be (another|any more) (round|offer|discount|extension|concession)',
    '(a|our|my) final offer',
    '^final offer',
    'best and final (offer|price|number)?',
    '(this|the|our) (offer|price|proposal) is final',
    '(it is|it\'s) this or nothing',
    '(the|this) offer (is going to|will) not (be on the table|be repeated|come again)',
    'are you in or (are you)? out',
    'yes or no are (we|you) (signing|committing|doing this|moving forward|going ahead|buying|on board|in)',
    '(sign|signing|commit|committing|decide|do this|go ahead|buy|in) (yes or no|in or out|or pass)',
  ],
  unless: [/\bfinal offer letter/],
  severity: 'strong',
  message: 'An ultimatum: the buyer is told the talk is over and only yes or no remains.',
  why: 'Ultimatums end the conversation at the moment the buyer most needs one. Say what you can and cannot change, and leave the door open.',
  alternatives: [{ rewrite: 'this is the best we can do on price, and I am happy to talk through other options' }, { question: 'alternatives' }],
  examples: {
    flag: [
      '[[Consider this our final price]].',
      'We are firm on this: [[there will not be another round]].','Time to [[commit or pass]], I need to know.',  '[[We are done negotiating]], this is the number.', '[[No more haggling]]: sign or we walk.',
      'That is the number, [[take it or leave it]].',
      'To be clear, [[this is our final offer]] on the three-year term.',
      '[[Final offer]]: 18% off if we get it done.',
      'We went back to finance and [[this is our best and final price]].',
      'Decision day: [[are you in or out]]?',
      '[[Yes or no: are we doing this]]?',
      'Are you ready to [[sign, yes or no]]?',
    ],
    pass: [
      'There will not be another release before the holidays.', 'Once legal is finished negotiating the DPA, we can schedule kickoff.', 'No more back-and-forth emails needed, I will call you Monday.',
      'Take your time with the proposal; we can adjust the scope.',
      'The final version of the proposal is attached.',
      'Our last call covered the export limits.',
      'Happy to revisit the price if the scope changes.',
      'Quick yes or no: does your team use SSO?',
    ],
  },
});
