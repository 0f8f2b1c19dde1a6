import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '[(be|being|get|getting|got|are|is|am|feel|stay) left (behind|in the dust)]',
    '[(fall|falling|fell|fallen|slip|slipping|lag|lagging|get|getting) (further|even further|way)? behind (your|the|their) (competitors|competition|rest|industry|market|curve|pack|peers|times|rest of the market|rest of the industry)]',
    '[(leave|leaves|leaving|left) (you|your team|your company|your business|your firm) (behind|in the dust)]',
    '[(you|your team|your company) (will|would|are going to|could|might)? (be|end up)? (playing|play|stuck playing) catch up]',
  ],
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
    ],
  },
});
