import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { BUILT_IN_RULES } from '../rules/index';
import { ruleAnchorCodes } from '../analyzers/anchor-codes';
import { patternsOf } from '../analyzers/compile';
import { anchorCost, sentenceFrequency } from './sentence-frequency';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whose tests/corpus the word frequencies are measured on. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The built-in rules ship with each pattern's prefilter anchor already chosen
 * (analyzers/anchor-codes.ts): one code per pattern, appended to rules/index.ts in the bundles
 * that match. The codes are computed from the rule files as written; the interned groups of
 * build/intern-groups.ts take a token's place without moving it, so they name the same tokens.
 * tests/build/shipped-engine.test.ts checks the bundled engine reports what the sources do.
 */
const INDEX_FILE = /[\\/]rules[\\/]index\.ts$/;

/**
 * Every built-in rule's codes, in BUILT_IN_RULES order, separated by spaces (no code holds one).
 * Anchors are chosen by how often their words occur in real sentences (build/sentence-frequency.ts).
 */
export function builtInAnchorCodes(): string {
  const costOf = anchorCost(sentenceFrequency(ROOT));
  return BUILT_IN_RULES.map((r) => ruleAnchorCodes(patternsOf(r), r.id, costOf)).join(' ');
}

/** rules/index.ts's code with the codes attached to BUILT_IN_RULES. */
export function withAnchorCodes(code: string, codes: string): string {
  return `${code}
// Each pattern's prefilter anchor, chosen at build time (build/rule-anchors.ts).
${JSON.stringify(codes)}.split(' ').forEach((a, i) => {
  BUILT_IN_RULES[i].anchors = a;
});
`;
}

export function ruleAnchors(): Plugin {
  let codes = '';
  return {
    name: 'care-coach:rule-anchors',
    enforce: 'pre',
    buildStart() {
      codes = builtInAnchorCodes();
    },
    transform(code, id) {
      return INDEX_FILE.test(id.split('?')[0]) ? { code: withAnchorCodes(code, codes), map: null } : null;
    },
  };
}

/** The same, for esbuild (the benchmark's engine bundle and the equivalence tests). */
export function ruleAnchorsEsbuild() {
  const codes = builtInAnchorCodes();
  return {
    name: 'care-coach:rule-anchors',
    setup(build: { onLoad: Function }) {
      build.onLoad({ filter: INDEX_FILE }, (args: { path: string }) => ({ contents: withAnchorCodes(readFileSync(args.path, 'utf8'), codes), loader: 'ts' }));
    },
  };
}
