/** Keeps the rule set honest: every rule is complete, readable and compiles. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BUILT_IN_RULES } from '../../rules/index';
import { CATEGORIES } from '../../analyzers/types';
import { compileRules, parseAll } from '../../analyzers/compile';
// @ts-expect-error plain .mjs script
import { renderIndex } from '../../scripts/gen-rule-index.mjs';

describe('rule conventions', () => {
  it('rules/index.ts is up to date (run `npm run rules:index`)', () => {
    expect(readFileSync(new URL('../../rules/index.ts', import.meta.url), 'utf8')).toBe(renderIndex());
  });

  it('all rules compile together (no duplicate patterns, every pattern has a required word)', () => {
    expect(() => compileRules(BUILT_IN_RULES)).not.toThrow();
  });

  it('compromise parses every pattern (the engine parses each lazily, on first use)', () => {
    expect(() => parseAll(compileRules(BUILT_IN_RULES))).not.toThrow();
  });

  it('no two patterns are the same once macros and contractions are expanded (the net would merge them)', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const p of compileRules(BUILT_IN_RULES).patterns) {
      const prev = seen.get(p.pattern);
      if (prev) dupes.push(`${p.key} repeats ${prev}: ${p.source}`);
      seen.set(p.pattern, p.key);
    }
    expect(dupes).toEqual([]);
  });

  it('writes word inflections out in groups (a /^stem[a-z]*$/ term hides its group from the prefilter)', () => {
    // The prefilter can only require words it can look up, so a group holding a regex term is not
    // required, and the pattern is indexed under a commoner word: one such round doubled the
    // sentences compromise had to tokenize and cost a fifth of the throughput.
    const offending = compileRules(BUILT_IN_RULES)
      .patterns.filter((p) => /\([^()]*\/\^[a-z][a-z[\]?]*\[a-z\][*+]\$\/[^()]*\)/.test(p.source))
      .map((p) => `${p.key}: ${p.source.slice(0, 80)}`);
    expect(offending).toEqual([]);
  });

  it('covers all seven categories', () => {
    expect(new Set(BUILT_IN_RULES.map((r) => r.category))).toEqual(new Set(CATEGORIES));
  });

  it.each(BUILT_IN_RULES.map((r) => [r.id, r] as const))('%s is complete', (_id, r) => {
    const s = r.spec;
    expect(s.examples.flag.length, 'at least 2 flag examples').toBeGreaterThanOrEqual(2);
    expect(s.examples.pass.length, 'at least 2 pass examples').toBeGreaterThanOrEqual(2);
    expect(s.message.length, 'message under 90 characters').toBeLessThanOrEqual(90);
    expect(s.why.length, 'a why').toBeGreaterThan(20);
    expect(s.alternatives.length, 'at least one kinder alternative').toBeGreaterThan(0);
    for (const f of s.examples.flag) expect(f, 'flag examples mark their span with [[ ]]').toMatch(/\[\[.+?\]\]/);
  });
});
