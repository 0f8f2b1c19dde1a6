import { defineRule } from '../define-rule';

// A queue, an agenda or a turn to speak: "you're next on the agenda after Lisa".
const A_TURN = /\bnext (in line|in the queue|on the (agenda|call|schedule|rota|calendar)|to (present|speak|go|demo|talk|share|ask|pick|choose)|up\b|after\b)|\b(who|whoever|if|when|whether)\b[^.!?]*\bnext\b/;

export default defineRule({
  match: [
    '(you are|youre|you will be|you would be|your team is|your company is) (definitely|obviously|clearly|surely|probably|certainly)? next',
    '(you are|youre|your team is|your company is) (definitely|obviously|clearly|surely|probably|certainly)? (up next|the next domino|next in line to switch|next to switch|next to sign|next to move)',
  ],
  unless: [A_TURN, 'reported'],
  severity: 'warning',
  message: 'Tells the buyer they are "next" after others who bought, a bandwagon push.',
  why: "Lining the buyer up behind other customers makes the decision sound already made for them. Whether it fits depends on their own needs; ask about those.",
  alternatives: [{ rewrite: 'this may or may not suit you' }, { question: 'fit' }],
  examples: {
    flag: [
      'Northwind and Contoso both moved to us, and [[you are next]].',
      'Three clinics in your county switched this spring. [[Youre next]]!',
      '[[Your team is next]] on the list, trust me.',
      "Half your region signed; [[you're up next]].",
    ],
    pass: [
      "You're next on the agenda after Lisa's update.",
      "You're next in line for the onboarding slot you asked for.",
      'Let me know who is next to present on your side.',
      "You're next to speak after the CFO, so keep it short.",
    ],
  },
});
