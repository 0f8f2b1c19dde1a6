import { defineRule } from '../define-rule';

/** Hard-close questions that presume the answer is yes: "what's stopping you from signing?" */
export default defineRule({
  match: [
    'what is (stopping|holding|keeping|preventing) you (back)? from %pDeciding%',
    'what is (stopping|holding|keeping) (you|you back)$',
    'why (would not|would|have not|haven\'t|are not|did not) you already? (sign|signed|commit|committed|decide|decided|move forward|moved forward|go ahead|say yes|signing|moving forward)',
    'why not just? (sign|commit|say yes|move forward|go ahead)',
    'what else? are you waiting for',
    'what (would|will|does) it take (for you)? to (get you to)? (sign|commit|close|say yes|move forward|go ahead|get this signed|get this done)',
    'what (more|else) (do|would|could) you possibly? need (to hear|to see|to know)? (to|before you) (sign|commit|say yes|move forward|decide|go ahead)',
    'what (more|else) could you possibly? (want|need|ask for)',
  ],
  unless: ['reported'],
  severity: 'warning',
  message: 'A closing question that assumes yes and asks them to defend a no.',
  why: '"What is stopping you?" makes hesitation something to justify. Asking what concerns them, openly, gets the real answer and shows you care about it.',
  alternatives: [{ rewrite: 'what questions or concerns do you still have' }, { question: 'concerns' }],
  examples: {
    flag: [
      'So [[what’s holding you back from moving forward]]?',
      '[[What is stopping you from signing]] this week?',
      'Honestly, [[what are you waiting for]]?',
      '[[What would it take to get you to sign]] today?',
      'We have covered everything, so [[why haven’t you signed]] yet?',
      'Great demo, [[what’s stopping you]]?',
    ],
    pass: [
      "What's stopping your team from adopting the current tool?",
      'What is holding you back from hitting your Q3 targets?',
      'She said they are waiting for the security review.',
      'What would a successful rollout look like for your team?',
    ],
  },
});
