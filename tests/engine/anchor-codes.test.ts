/**
 * The built-in rules ship each pattern's prefilter anchor as a code (analyzers/anchor-codes.ts,
 * build/rule-anchors.ts). A code only says which token to read: the anchor must be one of the
 * pattern's required words or groups, and a wrong code must cost nothing but speed. That the
 * build's choice (by measured word frequencies) saves work is counted in
 * tests/bench/prefilter-work.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES } from '../../rules/index';
import { LEXICON } from '../../rules/lexicon';
import { compileRules, patternsOf, type LoadedRule } from '../../analyzers/compile';
import { anchorCode, readAnchor, splitAnchorCodes, NO_ANCHOR } from '../../analyzers/anchor-codes';
import { createEngine } from '../../analyzers/engine';
import { builtInAnchorCodes, withAnchorCodes } from '../../build/rule-anchors';
import { internPattern, planInterning, readRuleFiles } from '../../build/intern-groups';

const ROOT = join(__dirname, '..', '..');
const codes = builtInAnchorCodes().split(' ');
const anchoredRules = BUILT_IN_RULES.map((r, i) => ({ ...r, anchors: codes[i] }));

describe('prefilter anchor codes', () => {
  const whole = compileRules(BUILT_IN_RULES);

  it('give one code per built-in pattern, every one naming a token', () => {
    expect(codes).toHaveLength(BUILT_IN_RULES.length);
    BUILT_IN_RULES.forEach((r, i) => {
      const split = splitAnchorCodes(codes[i], patternsOf(r).length);
      expect(split, r.id).not.toBeNull();
      expect(split, r.id).not.toContain(NO_ANCHOR);
    });
  });

  it('read back to one of the required words or groups the engine finds reading the whole pattern', () => {
    const differ: string[] = [];
    for (const p of whole.patterns) {
      const [ruleId, n] = p.key.split('#');
      const rule = BUILT_IN_RULES.find((r) => r.id === ruleId) as LoadedRule;
      const code = (splitAnchorCodes(codes[BUILT_IN_RULES.indexOf(rule)], patternsOf(rule).length) as string[])[Number(n)];
      const read = readAnchor(p.source, code, ruleId);
      const key = (ws: string[]) => JSON.stringify([...new Set(ws)].sort());
      const required = new Set([...p.needs.map((w) => key([w])), ...p.groups.map(key)]);
      if (!read) differ.push(`${p.key}: code ${code} reads nothing`);
      // A contraction's terms are compromise's to say, so a code never names one.
      else if (!required.has(key(read)) && !/['\u2019]/.test(p.source)) differ.push(`${p.key}: ${read.join('|')} is not one of its required words or groups`);
    }
    expect(differ).toEqual([]);
  });

  it('name the same tokens once recurring groups are interned, as the extension ships them', () => {
    const table = planInterning(readRuleFiles(ROOT));
    const added = Object.fromEntries([...table].map(([body, name]) => [name, body]));
    Object.assign(LEXICON, added);
    try {
      const differ: string[] = [];
      BUILT_IN_RULES.forEach((r, i) => {
        const split = splitAnchorCodes(codes[i], patternsOf(r).length) as string[];
        patternsOf(r).forEach((source, j) => {
          const a = readAnchor(source, split[j], r.id);
          const b = readAnchor(internPattern(source, table), split[j], r.id);
          if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(`${r.id}#${j}: ${source}`);
        });
      });
      expect(differ).toEqual([]);
    } finally {
      for (const k of Object.keys(added)) delete LEXICON[k];
    }
  });

  it.each([
    ['an optional word', 'maybe? sign (today|now)', '0'],
    ['a negated word', '!not sign today', '0'],
    ['a regex term', '/^sign/ today', '0'],
    ['a wildcard', '* today', '0'],
    ['a group with a choice of no words', '(sign|/^x/) today', '0'],
    ['a token past the end', 'sign today', 'Z'],
    ['a term past the end of a word', 'sign today', '-01'],
    ['no anchor', 'sign today', NO_ANCHOR],
    ['a code that is no code', 'sign today', '#'],
    ['a token in a pattern with fuzzy words', 'sign ~today~', '0'],
  ])('read nothing from a code naming %s, so the engine reads the whole pattern', (_what, source, code) => {
    expect(readAnchor(source, code)).toBeNull();
  });

  it('cost a wrong code nothing but speed: the reports are the same', () => {
    // Every code shifted to another token (or past the end), as a stale build might leave them.
    const wrong = anchoredRules.map((r) => ({ ...r, anchors: patternsOf(r).map((_s, i) => '1032'[i % 4]).join('') }));
    const lines = readFileSync(join(ROOT, 'tests/corpus/generalization-sales.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
    const texts = lines.map((l) => (JSON.parse(l) as { text: string }).text);
    const reference = createEngine(BUILT_IN_RULES);
    const anchored = createEngine(anchoredRules);
    const shifted = createEngine(wrong);
    const report = (e: ReturnType<typeof createEngine>, t: string) => JSON.stringify(e.analyze(t).findings.map((f) => [f.ruleId, f.start, f.end]));
    const differ = texts.filter((t) => report(reference, t) !== report(anchored, t) || report(reference, t) !== report(shifted, t));
    expect(differ).toEqual([]);
  });

  it('are appended to the rule index the way the build does, one rule after another', () => {
    const code = withAnchorCodes('const BUILT_IN_RULES = [{}, {}];', 'a1 -b2c');
    const rules = new Function(`${code}\nreturn BUILT_IN_RULES;`)() as Array<{ anchors?: string }>;
    expect(rules.map((r) => r.anchors)).toEqual(['a1', '-b2c']);
    expect(splitAnchorCodes('a1', 2)).toEqual(['a', '1']);
    expect(splitAnchorCodes('-b2c', 2)).toEqual(['-b2', 'c']);
    expect(splitAnchorCodes('-b2c', 3)).toBeNull();
  });

  it('still refuse a team pack pattern that repeats a built-in one, though the built-ins are not re-hashed alone', () => {
    // The anchored built-in set skips the duplicate check at start-up (the build ran it); a set
    // with any rule read at run time is checked whole.
    expect(() => compileRules(anchoredRules)).not.toThrow();
    const built = anchoredRules.find((r) => r.id === 'urgency/act-now') as LoadedRule;
    const pack: LoadedRule = { id: 'team/act-now-copy', category: 'urgency', spec: { ...built.spec, match: [patternsOf(built)[0]] } };
    expect(() => compileRules([...anchoredRules, pack])).toThrow(/duplicates one in urgency\/act-now/);
  });
});
