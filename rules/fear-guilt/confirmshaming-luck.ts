import { defineRule } from '../define-rule';

/** Spin-to-win declines that mock the shopper's luck: "No, I don't feel lucky". */
export default defineRule({
  match: [
    'i do not feel (like a winner|like winning|like saving|lucky)',
    '(i am)? not feeling (like a winner|like winning|lucky)',
    'i (do not ever|never) win (anyway|anything)',
    'i am (not|never) (a winner|lucky) anyway?',
    'i do not (need|want) (to try my luck|to spin|a spin|to play|luck)',
    '%fgIRather% (take my chances|take my chance|risk it|live dangerously|gamble)',
  ],
  noDefaultGuards: true,
  unless: ['reported'],
  severity: 'warning',
  message: 'A decline option that mocks the shopper for not playing along.',
  why: 'Teasing people for saying no is a way of shaming the choice. A plain "No thanks" respects them.',
  alternatives: [{ rewrite: "I'll pass" }],
  examples: {
    flag: ['No, [[I don’t feel lucky]]', '[[Not feeling lucky]] today', 'No, [[I never win anyway]]', 'No. [[I don’t want to spin]]', '[[I’ll take my chances]] without insurance'],
    pass: ['Feeling lucky? Spin the wheel!', 'We feel lucky to work with your team.', 'No thanks'],
  },
});
