import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '[(do not|never)? (you are going to|your team will|you will|you could|you might|you would|you)? (end up|be|being|get|gets|getting|got|are|is|am|stay) left (in the dust|behind)]',
    '[(fall|falling|fell|fallen|slip|slipping|lag|lagging|get|getting) (even further|further|way)? behind (your|the|their) (rest of the market|rest of the industry|competitors|competition|rest|industry|market|curve|pack|peers|times)]',
    '[(leave|leaves|leaving|left) (your team|your company|your business|your firm|you) (in the dust|behind)]',
    '[(your team|your company|you) (are going to|will|would|could|might)? (end up|be)? (stuck playing|playing|play) catch up]',
  ],
  // "They feel left behind by the old vendor's roadmap": the buyer's own complaint, reported.
  unless: ['reported', /\bleft behind by\b/, /\b(they|he|she) (feel|feels|felt)\b/],
  severity: 'warning',
  message: 'Warns the buyer they will be left behind, a fear-of-missing-out push.',
  why: 'Being told you are falling behind is a jolt of fear, not information. Ask what they want to achieve and show how this helps, or does not.',
  alternatives: [{ rewrite: 'this could help with what you described' }, { question: 'outcome' }],
  examples: {
    flag: [
      "If you wait another year, [[you'll be left behind]].",
      "[[Don't get left behind]]: the next cohort starts soon.",
      'Every month on the old stack, you [[fall further behind your competitors]].',
      'Teams that ignore this trend will [[leave you in the dust]].',
      "Otherwise [[you'll be playing catch-up]] all next year.",
    ],
    pass: [
      'I left behind a charger in your conference room.',
      'Our support team fell behind on tickets last week, and we have fixed it.',
      'Nobody on your team gets left behind in the training plan.',
      'Your reps fall behind on logging calls when they travel, you said.',
      "They feel left behind by the old vendor's roadmap.",
    ],
  },
});
