import { defineRule } from '../define-rule';

export default defineRule({
  // compromise match patterns over tokenized text; %macros% come from rules/lexicon/.
  match: ['TODO pattern'],
  severity: 'warning',
  message: 'TODO: what was found, neutral, under 90 characters.',
  why: 'TODO: why this costs the buyer\'s trust, in the product\'s voice.',
  alternatives: [{ rewrite: 'TODO kinder words for the span' }, { question: 'concerns' }],
  examples: {
    flag: ['TODO a sentence with the [[expected span]] marked.', 'TODO another [[flagged span]].'],
    pass: ['TODO a sentence where it must stay quiet.', 'TODO another.'],
  },
});
