import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    '(only|just) %count% %supply%? (left|remaining|remain|available)',
    '(only|just) have %count% %supply% (left|remaining|available)',
  ],
  severity: 'warning',
  message: 'Claims supply is running out to hurry the decision.',
  why: 'Scarcity claims push people to decide before they are ready. If it is true, say it plainly and give them room; if not, it costs trust when they find out.',
  alternatives: [{ rewrite: 'there is room for your team' }, { question: 'concerns' }],
  examples: {
    flag: ['We [[only have 3 spots left]] this quarter.', '[[Only 2 left]] in stock!'],
    pass: ['The event has a cap of 200 attendees.', 'We have limited insight into your process.'],
  },
});
