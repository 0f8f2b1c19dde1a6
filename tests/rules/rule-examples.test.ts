/**
 * Every rule's examples are its tests (design.md): each flag example must yield exactly its
 * marked span from that rule, each pass example nothing from that rule, and applying a rewrite
 * must stop the rule firing there. Known misses stay visible as expected failures.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES } from '../../rules/index';
import { defaultEngine } from '../../analyzers/index';
import { parseExample } from './examples';

const engine = defaultEngine();
const all = { sensitivity: 'high' as const };

function spansOf(ruleId: string, text: string) {
  return engine
    .analyze(text, all)
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => text.slice(f.start, f.end));
}

describe.each(BUILT_IN_RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const { flag, pass, knownMisses = [], knownFalseAlarms = [] } = rule.spec.examples;

  it('has only written examples (a stray comma leaves a hole the cases would skip)', () => {
    for (const list of [flag, pass, knownMisses, knownFalseAlarms]) {
      expect(list.length, 'hole in an example list').toBe(Object.keys(list).length);
      for (const e of list) expect(typeof e === 'string' && e.trim().length > 0, `example ${JSON.stringify(e)}`).toBe(true);
    }
  });

  it.each(flag)('flags: %s', (example) => {
    const { text, spans } = parseExample(example);
    const expected = spans.map((s) => text.slice(s.start, s.end));
    const got = spansOf(id, text);
    expect(got, `Should this be flagged? If yes, fix the rule's match so it yields exactly the [[marked]] span; if not, move it to pass.`).toEqual(expected);
  });

  it.each(pass)('passes: %s', (text) => {
    expect(spansOf(id, text), `Should this pass? If yes, narrow the match or add an "unless"; if not, move it to flag with the span marked.`).toEqual([]);
  });

  it.each(flag)('a rewrite stops it firing: %s', (example) => {
    const { text, spans } = parseExample(example);
    const rewrites = rule.spec.alternatives.flatMap((a) => ('rewrite' in a ? [a.rewrite] : []));
    for (const rewrite of rewrites) {
      let fixed = text;
      for (const s of [...spans].reverse()) fixed = fixed.slice(0, s.start) + rewrite + fixed.slice(s.end);
      expect(spansOf(id, fixed), `rewrite "${rewrite}" still fires: change the rewrite`).toEqual([]);
    }
  });

  it.fails.each(knownMisses)('known miss (expected to fail until fixed): %s', (example) => {
    const { text, spans } = parseExample(example);
    expect(spansOf(id, text)).toEqual(spans.map((s) => text.slice(s.start, s.end)));
  });

  it.fails.each(knownFalseAlarms)('known false alarm (expected to fail until fixed): %s', (text) => {
    expect(spansOf(id, text)).toEqual([]);
  });
});
