import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '%never%? (you are going to|your team will|you will|you could|you might|you would|you)? (end up|be|being|get|gets|getting|got|are|is|am|stay) left (in the dust|behind)',
    '%never%? (fall|falling|fell|fallen|slip|slipping|lag|lagging|get|getting) (even further|further|way)? behind (your|the|their) (rest of the market|rest of the industry|competitors|competition|rest|industry|market|curve|pack|peers|times)',
    '(leave|leaves|leaving|left) (your team|your company|your business|your firm|you) (in the dust|behind)',
    '(your team|your company|you) (will|are going to|could|might|would)? (end up|be)? (stuck playing|playing|play) catch up',
    '[(you are|youre|your team is|your company is) (already|now|way|still|so|a bit|falling|getting|lagging|slipping)? behind] (the curve|the times|the pack|your peers|your competitors|the competition|everyone|the rest|the market|the industry)',
    '[(you are|youre|your team is|your company is) (already|now|way|still|so|a bit|falling|getting|lagging|slipping)? behind]$',
    '(you are|youre|your team is|your company is|you) (still|just)? (sitting|stuck|standing|watching)? (on|from) the sidelines',
    '%never% let (your|the) (competitors|competition|rivals|competitor|rival|peers) (get there|beat you|get ahead|pull ahead|get the jump|get a head start|get the head start|steal a march|win)',
    '(catch up|keep up|keep pace) with (everyone else|everybody else|everyone|everybody|the rest|your peers|your competitors|your rivals|the competition|the industry|the market|the pack|the early movers|early movers|first movers|the leaders)',
    '(%spOthers%|everyone|everybody|the market|the industry) (is|are)? already? (lapping|outpacing|outrunning|overtaking|leapfrogging|outgrowing) (your team|your company|your business|you)',
    '(moving|moved|going|gone|carrying) on without (your team|your company|you)',
    '%never%? (be|being) the (last one|only one|one|ones|last|only) (team|company|firm|one)? (left behind|left out|holdout|holdouts|still stuck)',
    // The holdout framing: "it would be a shame to be the exception".
    '(be|being|stay) the (exception|holdout|outlier|laggard)',
    '%spOthers% (will|would) (love|be thrilled|be delighted|be happy) it? (if|that) you (waited|wait|hesitate|delay|held off|stay|stayed)',
  ],
  // "They feel left behind by the old vendor's roadmap": the buyer's own complaint, reported.
  unless: ['reported', /\bleft behind by\b/, /\b(they|he|she) (feel|feels|felt)\b/],
  severity: 'warning',
  message: 'Warns the buyer they will be left behind, a fear-of-missing-out push.',
  why: 'Being told you are falling behind is a jolt of fear, not information. Ask what they want to achieve and show how this helps, or does not.',
  alternatives: [{ rewrite: 'this could help with what you described' }, { question: 'outcome' }],
  examples: {
    flag: [
      'It would be awkward to [[be the holdout]] when the rest of the region has moved.',
      '[[Don\'t let your rivals get a head start]] on this.',
      'Late adopters end up playing [[catch up with the early movers]].',

      "[[Don't be the only firm still stuck]] on paper.",
      "Your [[rivals would be thrilled if you waited]].",
      "The market is [[moving on without you]].",
      "[[Don't be the last holdout]].", 'Meanwhile your [[competition is overtaking you]] on AI.',
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
      'Our product is the exception to the rule on data exports.',
      'Your team got a head start on the migration, which helps.',

      "We won't move on without you; your feedback shapes the roadmap.",
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
