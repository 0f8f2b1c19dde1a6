#!/usr/bin/env node
// Scaffolds a rule: `npm run new:rule -- urgency/deadline-tonight`, then regenerates rules/index.ts.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const CATEGORIES = ['scarcity', 'urgency', 'pressure', 'social-pressure', 'fear-guilt', 'adversarial', 'dismissive'];
const arg = process.argv[2] ?? '';
const m = /^([a-z-]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(arg);
if (!m || !CATEGORIES.includes(m[1])) {
  console.error(`usage: npm run new:rule -- <category>/<kebab-name>\n  category is one of: ${CATEGORIES.join(', ')}`);
  process.exit(2);
}
const root = join(import.meta.dirname, '..', 'rules');
const file = join(root, m[1], `${m[2]}.ts`);
if (existsSync(file)) {
  console.error(`rules/${arg}.ts already exists`);
  process.exit(1);
}
mkdirSync(join(root, m[1]), { recursive: true });
writeFileSync(
  file,
  `import { defineRule } from '../define-rule';

export default defineRule({
  // compromise match patterns over tokenized text; %macros% come from rules/lexicon/.
  match: ['TODO pattern'],
  severity: 'warning',
  message: 'TODO: what was found, neutral, under 90 characters.',
  why: 'TODO: why this costs the buyer\\'s trust, in the product\\'s voice.',
  alternatives: [{ rewrite: 'TODO kinder words for the span' }, { question: 'concerns' }],
  examples: {
    flag: ['TODO a sentence with the [[expected span]] marked.', 'TODO another [[flagged span]].'],
    pass: ['TODO a sentence where it must stay quiet.', 'TODO another.'],
  },
});
`,
);
spawnSync(process.execPath, [join(import.meta.dirname, 'gen-rule-index.mjs')], { stdio: 'inherit' });
console.log(`Wrote rules/${arg}.ts. Fill it in, then: npx vitest run tests/rules`);
