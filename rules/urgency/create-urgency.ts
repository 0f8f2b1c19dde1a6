import { defineRule } from '../define-rule';

/** Call notes that plan the pressure: "create urgency around Q4 pricing", "use the deadline to close". */
export default defineRule({
  match: [
    '(create|build|manufacture|drive|add|inject|instill|generate|force|fake|invent) (a|some|more|real|extra)? (sense of)? urgency',
    '[(use|leverage|play up|lean on) (the|a|our)? (end of quarter|quarter end|eoq|fake|artificial|expiring|expiry|deadline|price increase|discount deadline) (deadline|date|pressure|angle)?] to (close|push|force|get|rush|speed)',
    '(create|build|manufacture|fake|invent|play up) (a|some)? (sense of)? (scarcity|fomo)',
    '(use|using|used) (%thisThat%|the)? .{0,3} as a? (lever|leverage|a stick|pressure) to (close|push|force|get|rush|speed)',
  ],
  unless: ['reported', /\b(without|avoid|avoiding|no|not|never|instead of) (creating|building|manufacturing|adding|faking|fake|false|artificial|any) /],
  severity: 'warning',
  message: 'Plans to manufacture urgency rather than understand their timing.',
  why: 'Urgency made up to close a deal borrows against the relationship. Ask what their real timeline is and what would have to be true for them to move.',
  alternatives: [{ rewrite: 'understand their timeline' }, { question: 'concerns' }],
  examples: {
    flag: [ 'Note: [[use the Q1 price rise as leverage to close]] them.','Next step: [[create urgency]] around the Q4 pricing.', 'Plan: [[use the end of quarter deadline]] to close them.', 'Need to [[build a sense of urgency]] with the VP.'],
    pass: ['They asked us not to create urgency, they plan in Q1.', 'Their urgency comes from the audit in May, per their CFO.', 'Understand their timeline before proposing dates.'],
  },
});
