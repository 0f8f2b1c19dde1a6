/**
 * The engine as the page scripts ship it goes through four build steps the sources don't: the
 * rules' explanations and examples are left out (build/rule-fields.ts: the coach UI explains),
 * recurring pattern groups are kept once as lexicon macros (build/intern-groups.ts), each
 * pattern's prefilter anchor is chosen at build time (build/rule-anchors.ts), and the parts of
 * compromise the engine never calls are left out (build/lean-compromise.ts). None may change what
 * is found: the bundled engine must give the same report as the sources, text for text, but for
 * each finding's message, why and alternatives, which it leaves empty.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundleEngine, loadEngine, type EngineModule } from '../../bench/engine-bundle';
import { createEngine } from '../../analyzers/engine';
import { BUILT_IN_RULES } from '../../rules/index';
import { LEXICON } from '../../rules/lexicon';
import { expandPattern } from '../../analyzers/pattern-text';
import { internPattern, planInterning, readRuleFiles } from '../../build/intern-groups';
import { stubFor } from '../../build/lean-compromise';

const ROOT = join(__dirname, '..', '..');
const CORPORA = ['../shared/corpus/dev.jsonl', '../shared/corpus/darkpatterns-dev.jsonl', 'tests/corpus/generalization-sales.jsonl', 'tests/corpus/generalization-tone.jsonl', 'tests/corpus/generalization-shop.jsonl'];

function texts(): Array<{ id: string; text: string; kind?: 'email' | 'note' | 'snippet' }> {
  return CORPORA.flatMap((f) => {
    let raw: string;
    try {
      raw = readFileSync(join(ROOT, f), 'utf8');
    } catch {
      return []; // ../shared is beside the checkout, not in it
    }
    return raw.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  });
}

describe('interned pattern groups', () => {
  const table = planInterning(readRuleFiles(ROOT));

  it('interns groups that recur, each under a name the lexicon does not use', () => {
    expect(table.size).toBeGreaterThan(50);
    for (const name of table.values()) expect(LEXICON[name]).toBeUndefined();
  });

  it('every built-in pattern expands to the same match string once its groups are interned', () => {
    const added = Object.fromEntries([...table].map(([body, name]) => [name, body]));
    Object.assign(LEXICON, added);
    try {
      const differ: string[] = [];
      let interned = 0;
      for (const r of BUILT_IN_RULES) {
        for (const source of Array.isArray(r.spec.match) ? r.spec.match : [r.spec.match]) {
          const short = internPattern(source, table);
          if (short !== source) interned++;
          if (expandPattern(short) !== expandPattern(source)) differ.push(`${r.id}: ${source}`);
        }
      }
      expect(differ).toEqual([]);
      expect(interned).toBeGreaterThan(200);
    } finally {
      for (const k of Object.keys(added)) delete LEXICON[k];
    }
  });
});

describe('compromise without the parts the engine never calls', () => {
  it('stands in only for compromise/one’s unused plugins, View methods and grad-school', () => {
    const one = '/x/node_modules/compromise/src/one.js';
    const matchApi = '/x/node_modules/compromise/src/1-one/match/api/index.js';
    expect(stubFor('./split.js', matchApi)).toBe('export default {};\n');
    expect(stubFor('./html.js', '/x/node_modules/compromise/src/1-one/output/api/index.js')).toBe('export default {};\n');
    expect(stubFor('./match.js', matchApi)).toBeNull();
    expect(stubFor('./split.js', '/x/src/1-one/match/api/index.js')).toBeNull();
    expect(stubFor('./1-one/change/plugin.js', one)).toContain('compute');
    expect(stubFor('./1-one/freeze/plugin.js', one)).toContain('compute');
    expect(stubFor('./1-one/typeahead/plugin.js', one)).toBe('export default {};\n');
    expect(stubFor('./1-one/match/plugin.js', one)).toBeNull();
    expect(stubFor('./1-one/change/plugin.js', '/x/src/other.js')).toBeNull();
    expect(stubFor('grad-school', undefined)).toContain('throw');
  });
});

describe('the engine as shipped', () => {
  let dir: string;
  let shipped: EngineModule;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'care-coach-shipped-'));
    shipped = await loadEngine(await bundleEngine(dir));
  }, 60_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same report as the sources for every corpus text', () => {
    const items = texts();
    expect(items.length).toBeGreaterThan(1000);
    const fromSources = createEngine(BUILT_IN_RULES);
    const fromBundle = shipped.createEngine(shipped.BUILT_IN_RULES);
    const differ: string[] = [];
    // compromise says "no compute: …" on the console when a step it runs by name is missing.
    const said: unknown[] = [];
    const spies = (['log', 'warn', 'error'] as const).map((k) => vi.spyOn(console, k).mockImplementation((...args) => void said.push(args)));
    try {
      for (const item of items) {
        const a = fromSources.analyze(item.text, { kind: item.kind });
        const b = fromBundle.analyze(item.text, { kind: item.kind });
        if (b.findings.some((f) => f.message || f.why || f.alternatives.length)) differ.push(`${item.id}: the page engine carries explanations`);
        const found = (r: typeof a) => JSON.stringify({ ...r, findings: r.findings.map(({ message: _m, why: _w, alternatives: _a, ...f }) => f) });
        if (found(a) !== found(b)) differ.push(item.id);
      }
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
    expect(differ).toEqual([]);
    expect(said).toEqual([]);
  }, 120_000);
});
