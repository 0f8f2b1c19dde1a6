import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '[(do not|never)? (you are going to|your team will|you will|you could|you might|you would|you)? (end up|be|being|get|gets|getting|got|are|is|am|stay) left (in the dust|behind)]',
    '[(do not|never)? (fall|falling|fell|fallen|slip|slipping|lag|lagging|get|getting) (even further|further|way)? behind (your|the|their) (rest of the market|rest of the industry|competitors|competition|rest|industry|market|curve|pack|peers|times)]',
    '[(leave|leaves|leaving|left) (your team|your company|your business|your firm|you) (in the dust|behind)]',
    '[(your team|your company|you) (are going to|will|would|could|might)? (end up|be)? (stuck playing|playing|play) catch up]',
    '[(you are|you\'re|youre|your team is|your company is) (already|now|way|still|so|a bit|falling|getting|lagging|slipping)? behind] (the curve|the times|the pack|your peers|your competitors|the competition|everyone|the rest|the market|the industry)',
    '[(you are|you\'re|youre|your team is|your company is) (already|now|way|still|so|a bit|falling|getting|lagging|slipping)? behind]$',
    '[(you are|you\'re|youre|your team is|your company is|you) (still|just)? (sitting|stuck|standing|watching)? (on|from) the sidelines]',
    '[(do not|never) let (your|the) (competitors|competition|rivals|competitor|rival|peers) (get there|beat you|get ahead|pull ahead|get the jump|win)]',
    '[(catch up|keep up|keep pace) with (everyone else|everybody else|everyone|everybody|the rest|your peers|your competitors|your rivals|the competition|the industry|the market|the pack)]',
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
      "[[Don't fall behind your competitors]].",
      "It's the new standard, and [[you're behind]].",
      "Honestly [[you're already behind]] the curve.",
      "Your peers are live and [[you're still on the sidelines]].",
      'Time to [[catch up with everyone else]] in your space.',
      "[[Don't let your competitors get there]] first.",
    ],
    pass: [
      'I left behind a charger in your conference room.',
      'Our support team fell behind on tickets last week, and we have fixed it.',
      'Nobody on your team gets left behind in the training plan.',
      'Your reps fall behind on logging calls when they travel, you said.',
      "They feel left behind by the old vendor's roadmap.",
      "You're behind on two onboarding tasks; want a hand?",
      "You're behind the wheel on this rollout, we just support.",
      'We can help you keep up with demand in the busy season.',
    ],
  },
});
