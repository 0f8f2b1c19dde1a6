import { defineRule } from '../define-rule';

export default defineRule({
  match: [
    'while (supplies|stocks|stock|quantities|seats|spots|they) (last|lasts)',
    'until (stock|supplies|seats|spots|they|it) (run|runs) out',
    'until (sold out|we sell out|they sell out|it sells out|gone|they are gone)',
  ],
  unless: ['reported'],
  severity: 'warning',
  message: 'Ties the offer to stock running out, to hurry the decision.',
  why: '"While supplies last" asks the buyer to race other buyers instead of thinking about their own needs. Give them the facts and the time to weigh them.',
  alternatives: [{ rewrite: 'for now' }, { question: 'concerns' }],
  examples: {
    flag: ['Free starter kit [[while supplies last]].', 'The launch price holds [[until seats run out]].', 'Available [[until sold out]].'],
    pass: ['We will support you while the migration lasts.', 'Our supplies arrive every Monday.', 'Sold out'],
  },
});
