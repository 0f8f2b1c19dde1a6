import { defineRule } from '../define-rule';

/** Spin-to-win declines that mock the shopper's luck: "No, I don't feel lucky". */
export default defineRule({
  match: [
    'i (do not|don\'t) feel (lucky|like winning|like saving|like a winner)',
    '(i am|i\'m)? not feeling (lucky|like winning|like a winner)',
    'i (never|do not ever) win (anyway|anything)',
    '(i am|i\'m) (not|never) (lucky|a winner) (anyway)?',
    'i (do not|don\'t) (need|want) (luck|to try my luck|to spin|a spin|to play)',
  ],
  noDefaultGuards: true,
  unless: ['reported'],
  severity: 'warning',
  message: 'A decline option that mocks the shopper for not playing along.',
  why: 'Teasing people for saying no is a way of shaming the choice. A plain "No thanks" respects them.',
  alternatives: [{ rewrite: 'No thanks' }],
  examples: {
    flag: ['No, [[I don’t feel lucky]]', '[[Not feeling lucky]] today', 'Nah, [[I never win anyway]]', 'No thanks, [[I don’t want to spin]]'],
    pass: ['Feeling lucky? Spin the wheel!', 'We feel lucky to work with your team.', 'No thanks'],
  },
});
