/**
 * Bad packs, each with the message it must produce. Fixtures live in tests/fixtures/packs/bad:
 * a YAML file states its expected errors in "# expect:" lines, a JSON file in FILE.expect. An
 * expectation ending in "…" matches an error that starts with it (library wording after that point).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPack } from '../../settings/pack/check';
import { BUILT_IN_RULES } from '../../rules/index';
import { LIMITS } from '../../settings/pack/limits';

const DIR = join(__dirname, '..', 'fixtures', 'packs', 'bad');
const files = readdirSync(DIR).filter((f) => /\.(ya?ml|json)$/.test(f));

function expectations(file: string, text: string): string[] {
  const side = join(DIR, `${file}.expect`);
  if (existsSync(side)) return readFileSync(side, 'utf8').split('\n').filter(Boolean);
  return text
    .split('\n')
    .filter((l) => l.startsWith('# expect: '))
    .map((l) => l.slice('# expect: '.length));
}

function assertReported(errors: string[], expected: string[]) {
  for (const want of expected) {
    const found = want.endsWith('…') ? errors.some((e) => e.startsWith(want.slice(0, -1))) : errors.includes(want);
    expect(found, `expected the error\n  ${want}\namong\n  ${errors.join('\n  ')}`).toBe(true);
  }
}

describe('bad pack fixtures', () => {
  it('has dozens of cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(files)('%s is rejected with its message', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const want = expectations(file, text);
    expect(want.length, `${file} states no expected error`).toBeGreaterThan(0);
    const r = checkPack(text, { fileName: file });
    expect(r.ok).toBe(false);
    expect(r.pack).toBeNull();
    assertReported(r.errors, want);
    for (const e of r.errors) {
      // A field and a reason, never a stack trace or an object dump.
      expect(e).toMatch(/^[^:]+: /);
      expect(e).not.toMatch(/\n\s+at |\[object /);
    }
  });
});

const RULE = {
  id: 'quarter-end',
  category: 'urgency',
  severity: 'warning',
  phrases: ['before quarter end'],
  message: 'A quarter-end deadline is our clock, not theirs.',
  why: 'The buyer decides on their own calendar.',
  examples: { flag: ['Can we sign [[before quarter end]]?'], pass: ['Take the time you need.'] },
};
const base = { name: 'Generated', version: '1.0.0', author: 'Tests' };
const json = (v: unknown) => JSON.stringify(v);

describe('generated bad packs', () => {
  it('refuses a file over the size limit before parsing it', () => {
    const big = `# ${'x'.repeat(LIMITS.fileBytes)}\nname: A\n`;
    const r = checkPack(big, { fileName: 'big.yaml' });
    expect(r.errors).toEqual([`(file): is ${Math.ceil((LIMITS.fileBytes + 12) / 1024)} KB; a pack can be at most ${LIMITS.fileBytes / 1024} KB`]);
  });

  it('refuses more rules than the limit', () => {
    const rules = Array.from({ length: LIMITS.rules + 1 }, (_, i) => ({ ...RULE, id: `r${i}`, phrases: [`before quarter end number ${i}`] }));
    const r = checkPack(json({ ...base, rules }), { fileName: 'p.json' });
    expect(r.errors).toContain(`rules: can have at most ${LIMITS.rules} rules (it has ${LIMITS.rules + 1})`);
  });

  it('refuses more examples than the limit', () => {
    const flag = Array.from({ length: LIMITS.examplesPerKind + 1 }, (_, i) => `Sign [[before quarter end]] (${i}).`);
    const r = checkPack(json({ ...base, rules: [{ ...RULE, examples: { flag, pass: ['ok'] } }] }), { fileName: 'p.json' });
    expect(r.errors).toContain(`rules[0].examples.flag: can have at most ${LIMITS.examplesPerKind} flag examples (it has ${LIMITS.examplesPerKind + 1})`);
  });

  it('refuses a pattern a built-in rule already has, and says how to replace it', () => {
    const builtIn = BUILT_IN_RULES[0];
    const pattern = (Array.isArray(builtIn.spec.match) ? builtIn.spec.match : [builtIn.spec.match])[0];
    const r = checkPack(json({ ...base, rules: [{ ...RULE, phrases: undefined, patterns: [pattern] }] }), { fileName: 'p.json' });
    expect(r.errors).toContain(
      `rules[0].patterns[0]: "${pattern}" is already matched by the built-in rule ${builtIn.id}: add "${builtIn.id}" to disable to replace it, or change the wording`,
    );
  });

  it('accepts that same pattern once the pack turns the built-in rule off', () => {
    const builtIn = BUILT_IN_RULES[0];
    const pattern = (Array.isArray(builtIn.spec.match) ? builtIn.spec.match : [builtIn.spec.match])[0];
    const flag = builtIn.spec.examples.flag[0];
    const r = checkPack(
      json({ ...base, disable: [builtIn.id], rules: [{ ...RULE, phrases: undefined, patterns: [pattern], examples: { flag: [flag], pass: builtIn.spec.examples.pass } }] }),
      { fileName: 'p.json' },
    );
    // The pattern is the built-in one, so its own examples are the fairest test of it.
    expect(r.errors.filter((e) => e.includes('already matched'))).toEqual([]);
  });

  it('refuses a rule that takes too long on the stress text', () => {
    let t = 0;
    const slowClock = () => (t += 1000);
    const r = checkPack(json({ ...base, rules: [RULE] }), { fileName: 'p.json', now: slowClock });
    expect(r.errors).toEqual([`rules[0]: took 1000 ms on a test text (the limit is ${LIMITS.ruleStressMs} ms): simplify its patterns`]);
  });

  it('a real rule stays far inside the time limit', () => {
    const r = checkPack(json({ ...base, rules: [RULE] }), { fileName: 'p.json' });
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('a pattern that would hang on a long word is refused before it runs', () => {
    const t0 = performance.now();
    const r = checkPack(json({ ...base, rules: [{ ...RULE, patterns: ['sign /^(\\w+\\s?)+$/'] }] }), { fileName: 'p.json' });
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toMatch(/^rules\[0\]\.patterns\[0\]: the \/regex\/ term .* repeats a group that itself repeats/);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('warns (without refusing) about turning off a rule this version lacks', () => {
    const r = checkPack(json({ ...base, disable: ['urgency/no-such-rule'] }), { fileName: 'p.json' });
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual(['disable[0]: "urgency/no-such-rule" is not a built-in rule of this version, so turning it off has no effect']);
  });

  it('reports every problem at once, in file order', () => {
    const r = checkPack(
      json({ ...base, rules: [{ ...RULE, category: 'urgncy' }, { ...RULE, id: 'two', severity: 'loud' }] }),
      { fileName: 'p.json' },
    );
    expect(r.errors.map((e) => e.split(':')[0])).toEqual(['rules[0].category', 'rules[1].severity']);
  });
});

describe('overlap with built-in rules', () => {
  it('warns when a built-in rule already flags a wider stretch around a flag example', async () => {
    const { defaultEngine } = await import('../../analyzers/index');
    // Find a built-in flag example whose flagged words can be a team phrase nested inside it.
    const rule = BUILT_IN_RULES.find((r) => r.spec.examples.flag.some((e) => /\[\[\w+ \w+ [\w ]+\]\]/.test(e)))!;
    const example = rule.spec.examples.flag.find((e) => /\[\[\w+ \w+ [\w ]+\]\]/.test(e))!;
    const inner = /\[\[\w+ (\w+ [\w ]+)\]\]/.exec(example)![1];
    const text = example.replace(/\[\[|\]\]/g, '');
    expect(defaultEngine().analyze(text, { sensitivity: 'high' }).findings.some((f) => f.ruleId === rule.id)).toBe(true);
    const r = checkPack(
      json({ ...base, rules: [{ ...RULE, phrases: [inner], examples: { flag: [text.replace(inner, `[[${inner}]]`)], pass: ['Take the time you need.'] } }] }),
      { fileName: 'p.json' },
    );
    expect(r.errors).toEqual([]);
    expect(r.warnings.some((w) => w.startsWith(`rules[0].examples.flag[0]: the built-in rule ${rule.id} already flags`))).toBe(true);
  });
});
