import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    'with (all|the greatest|the utmost) due? respect',
    '^[with respect] !to',
    'no (offense|offence) (but|intended|meant)',
    '(i|we) (am sorry|are sorry|\'m sorry|hate|hated) to (be the one to tell|break it to|burst your bubble) you?',
    '(allow me to|let me|i will) (set|put) (the record|you) straight',
    '(excuse me|sorry) but (you|that|this) (is|are)? (not true|wrong|mistaken|incorrect)',
    '(means|mean|meant) well but',
  ],
  noDefaultGuards: true,
  severity: 'warning',
  message: 'A polite opener that signals the buyer is about to be overruled.',
  why: '"With all due respect" tells the reader their view is about to be dismissed. Skip the wind-up, acknowledge what they said and offer your view as one input.',
  alternatives: [{ rewrite: 'I see your point, and' }, { question: 'concerns' }],
  examples: {
    flag: ['[[With the greatest respect]], that misses it.', 
      "I know you [[mean well, but]] the numbers are clear.",
      '[[With all due respect]], your team is not set up for this.',
      '[[With respect]], your numbers are from 2019.',
      '[[No offense, but]] the old tool is holding you back.',
      "[[I hate to break it to you]], but spreadsheets won't scale.",
      "[[Let me set you straight]] on the pricing.",
    ],
    pass: [
      'I respect the time your team put into the evaluation.',
      'We treat every customer with respect, whatever their size.',
      'I see your point, and here is another angle.',
      'No offense taken at all!',
      'With respect to your question about SSO, it is included.',
    ],
  },
});
