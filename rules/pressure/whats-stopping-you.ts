import { defineRule } from '../define-rule';

/** Hard-close questions that presume the answer is yes: "what's stopping you from signing?" */
export default defineRule({
  match: [
    'what is (stopping|holding|keeping|preventing) you (back)? from %pDeciding%',
    'what is (stopping|holding|keeping) (you back|you)$',
    'what is (really|actually|honestly|exactly|still) (stopping|holding|keeping) you back? (here|then|now|exactly)?$',
    'what is (it going to|it gonna) take (for you)? to (get|earn|win) (your|a) (signature|yes|business|commitment|sign off|verbal)',
    'what is the (holdup|hold up)',
    'why (would not|have not|are not|did not|would|haven\'t) you already? (move forward|moved forward|go ahead|say yes|moving forward|sign|signed|commit|committed|decide|decided|signing)',
    'why not just? (say yes|move forward|go ahead|sign|commit)',
    'what else? are you waiting for',
    'what (would|will|does) it take (for you)? to (get you to)? (get this signed|get this done|say yes|move forward|go ahead|sign|commit|close)',
    'what (more|else) (do|would|could) you possibly? need (to hear|to see|to know)? (before you|to) (say yes|move forward|go ahead|sign|commit|decide)',
    'what (more|else) could you possibly? (ask for|want|need)',
    'why (would|should|do) you (wait|hesitate|hold off|delay) (any longer|at all)?$',
  ],
  unless: ['reported', /\bhold ?up (on|with) (our|my|the (api|bug|fix|integration|ticket|release|invoice|shipment|delivery))\b/],
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
      'The pilot worked, so [[why would you wait]]?',
      '[[What’s really holding you back here]]?',
      '[[What’s it going to take to get your signature]] today?',
      'Half your peers are live, so [[what’s the holdup]]?',
    ],
    pass: [
      "What's stopping your team from adopting the current tool?",
      'What is holding you back from hitting your Q3 targets?',
      'She said they are waiting for the security review.',
      'What would a successful rollout look like for your team?',
      'What is the holdup on our side with the invoice? I will check.',
      'What is really holding your team back from adopting the dashboards?',
    ],
  },
});
