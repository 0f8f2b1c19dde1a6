/**
 * The built-in rules are split between bundles (build/rule-fields.ts): the page scripts get what
 * finds, the coach UI bundle what explains. Checked here:
 * - the split itself, on every rule file: each half keeps its fields byte for byte and loses
 *   only the other half's;
 * - that finding never depended on the words: an engine built from the page half, with the UI
 *   half's `explainFinding` filling the words in, gives exactly the full engine's reports, on
 *   every rule example and every generalization corpus text, as email and as note.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createEngine, defaultEngine } from '../../analyzers/index';
import type { Report } from '../../analyzers/types';
import { BUILT_IN_RULES } from '../../rules/index';
import { EXPLAINING_FIELDS, FINDING_FIELDS, leaveOutRuleFields, RULE_FILE, type RuleField } from '../../build/rule-fields';
import { explainFinding } from '../../components/rule-texts';

const ROOT = resolve(__dirname, '..', '..');
const RULE_FILES = readdirSync(join(ROOT, 'rules'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'lexicon')
  .flatMap((d) => readdirSync(join(ROOT, 'rules', d.name)).map((f) => join(ROOT, 'rules', d.name, f)))
  .filter((f) => RULE_FILE.test(f));

/** The `defineRule({...})` object's fields, as source text, and whether it starts with a spread. */
function ruleObject(code: string): { fields: Map<string, string>; spreadFirst: boolean } {
  const file = ts.createSourceFile('rule.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  let found: { fields: Map<string, string>; spreadFirst: boolean } | null = null;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineRule') {
      const spec = node.arguments[0] as ts.ObjectLiteralExpression;
      const fields = new Map<string, string>();
      for (const p of spec.properties) if (ts.isPropertyAssignment(p)) fields.set((p.name as ts.Identifier).text, p.initializer.getText(file));
      found = { fields, spreadFirst: !!spec.properties[0] && ts.isSpreadAssignment(spec.properties[0]) };
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (!found) throw new Error('no defineRule({...}) found');
  return found;
}

describe('splitting the rule files', () => {
  it('finds every rule file', () => {
    expect(RULE_FILES.length).toBe(BUILT_IN_RULES.length);
  });

  const halves: Array<[string, RuleField[]]> = [
    ['page scripts (what finds)', EXPLAINING_FIELDS],
    ['coach UI (what explains)', FINDING_FIELDS],
  ];
  it.each(halves)('%s: keeps its fields as written and leaves out only the others', (_, left) => {
    for (const file of RULE_FILES) {
      const code = readFileSync(file, 'utf8');
      const before = ruleObject(code);
      const after = ruleObject(leaveOutRuleFields(code, left));
      for (const [name, text] of before.fields) {
        if (left.includes(name as RuleField)) expect(after.fields.has(name), `${file}: ${name}`).toBe(false);
        else expect(after.fields.get(name), `${file}: ${name}`).toBe(text);
      }
      expect(after.spreadFirst, file).toBe(true);
    }
  });

  it('leaves files without defineRule alone', () => {
    const code = "export const WORDS = ['message', 'why'];\n";
    expect(leaveOutRuleFields(code, EXPLAINING_FIELDS)).toBe(code);
  });
});

/** The page scripts' rules: the same objects the plugin produces, built in memory. */
const EMPTY = { match: [], unless: [], message: '', why: '', alternatives: [], examples: { flag: [], pass: [] } };
const pageRules = BUILT_IN_RULES.map((r) => ({
  ...r,
  spec: { ...EMPTY, ...Object.fromEntries(Object.entries(r.spec).filter(([k]) => !EXPLAINING_FIELDS.includes(k as RuleField))) } as unknown as typeof r.spec,
}));

function texts(): string[] {
  const out = BUILT_IN_RULES.flatMap((r) => [...r.spec.examples.flag, ...r.spec.examples.pass].map((t) => t.replace(/\[\[|\]\]/g, '')));
  for (const f of readdirSync(join(ROOT, 'tests', 'corpus')).filter((x) => x.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(ROOT, 'tests', 'corpus', f), 'utf8').split('\n')) if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  }
  return out;
}

describe('the page half finds what the full rules find; the UI half says what they say', () => {
  const full = defaultEngine();
  const page = createEngine(pageRules);
  const all = texts();

  it('has texts to compare on', () => {
    expect(all.length).toBeGreaterThan(500);
  });

  it.each(['email', 'note'] as const)('as %s: identical reports once the words are filled in', (kind) => {
    let findings = 0;
    for (const text of all) {
      const want: Report = full.analyze(text, { kind });
      const got = page.analyze(text, { kind });
      // Without the UI bundle the words are empty...
      for (const f of got.findings) expect(f.why).toBe('');
      // ...and with it, everything matches.
      expect({ ...got, findings: got.findings.map((f) => explainFinding(f)) }, text).toEqual(want);
      findings += want.findings.length;
    }
    expect(findings).toBeGreaterThan(300);
  });

  it('passes findings of team rules and custom phrases through unchanged', () => {
    const f = { ruleId: 'team/end-of-quarter', category: 'urgency', severity: 'warning', start: 0, end: 3, text: 'abc', message: 'm', why: 'w', alternatives: [] } as const;
    expect(explainFinding({ ...f, alternatives: [] })).toEqual({ ...f, alternatives: [] });
  });
});
