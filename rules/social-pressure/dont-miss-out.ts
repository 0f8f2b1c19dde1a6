import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '(do not|dont) (want to|wanna)? (miss|lose) out',
    '(%youTeam%|your company|your business) (are going to|will|would|could|might|may|are|is)? (be|really|totally)? (miss|missing|lose|losing) out',
    '(so|that) %youTeam% (%never%|will not) (miss|lose) out',
    '(fear of missing out|fomo)',
    '%never% (get|be) left out',
    '(can not|cannot) afford to (get|be) left (out|behind)',
    '(%never%|dont)? (want to)? (miss|missing) the (boat|bus|train)',
    '(you are going to|you will|you would|you could|you might|you may|you are) (miss|missing) the (boat|bus|train)',
  ],
  // A shop's newsletter box ("don't miss out on new arrivals, subscribe") invites, it does not herd.
  unless: [/\b(newsletter|subscribe|subscribers|mailing list|email list|our emails|inbox|follow us|new arrivals|latest news)\b/],
  severity: 'warning',
  message: 'Plays on fear of missing out instead of giving a reason.',
  why: 'Fear of missing out rushes people past their own judgment. If it is worth it, say why in terms of their goals and let them weigh it.',
  alternatives: [{ rewrite: 'in case it is useful, here is' }, { question: 'outcome' }],
  examples: {
    flag: [
      "[[Don't miss out]] on what teams like yours are already using.",
      "Honestly, [[you're missing out]] on a lot of automation.",
      'I am flagging it [[so you do not miss out]] on the rollout.',
      "[[Don't get left out]] of the beta.",
      "Companies like yours [[can't afford to be left out]] of this wave.",
      "[[Don't miss the boat]] on this one.",
      "If you wait, [[you'll miss the boat]].",
    ],
    pass: [
      "You won't miss out on anything by waiting until the new budget year.",
      'I missed out on the last call, sorry about that.',
      'I missed the train this morning, so I will dial in.',
      "Here is the recording in case you couldn't join live.",
      "There's no catch: you can start whenever suits you.",
      "Don't miss out on new arrivals: subscribe to our newsletter.",
    ],
  },
});
