/** Good packs pass, turn into engine rules, and the current setup exports as a pack that passes too. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkPack, checkPackData } from '../../settings/pack/check';
import { exportSetup } from '../../settings/pack/export';
import { packToRules } from '../../settings/pack/to-rules';
import { phraseToPattern, unsafeRegex } from '../../settings/pack/patterns';
import { createEngine } from '../../analyzers/index';
import { BUILT_IN_RULES } from '../../rules/index';
import { DEFAULT_SETTINGS, type EffectiveSettings } from '../../settings/model';
import { BUILT_IN_HOST_PATTERNS, builtInSiteFor } from '../../settings/sites';
import { BUILT_IN_MATCHES } from '../../sites/crm/index';

const ROOT = join(__dirname, '..', '..');
const GOOD = join(ROOT, 'tests', 'fixtures', 'packs', 'good');
const goodFiles = [...readdirSync(GOOD).map((f) => join(GOOD, f)), join(ROOT, 'examples', 'team-pack.yaml')];

describe('good packs', () => {
  it.each(goodFiles)('%s passes the check', (file) => {
    const r = checkPack(readFileSync(file, 'utf8'), { fileName: file });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.summary?.rules).toBe(r.pack?.rules.length);
  });

  it("turns a pack's rules into engine rules that flag their own examples", () => {
    const r = checkPack(readFileSync(join(ROOT, 'examples', 'team-pack.yaml'), 'utf8'));
    const rules = packToRules(r.pack!);
    expect(rules.map((x) => x.id)).toEqual(['team/quarter-end-clock', 'team/manager-discount-lever', 'team/circle-back-today']);
    const engine = createEngine([...BUILT_IN_RULES, ...rules]);
    const found = engine.analyze('We would love to wrap this up before quarter end.', { sensitivity: 'high' }).findings;
    expect(found.find((f) => f.ruleId === 'team/quarter-end-clock')).toMatchObject({
      category: 'urgency',
      text: 'before quarter end',
      message: 'A quarter-end deadline is our calendar, not theirs.',
    });
  });

  it('JSON and YAML of the same pack give the same result', () => {
    const yamlText = readFileSync(join(ROOT, 'examples', 'team-pack.yaml'), 'utf8');
    const fromYaml = checkPack(yamlText, { fileName: 'p.yaml' });
    const fromJson = checkPack(JSON.stringify(parse(yamlText)), { fileName: 'p.json' });
    expect(fromJson.pack).toEqual(fromYaml.pack);
  });
});

describe('phrases and patterns', () => {
  it.each([
    ['Act now!', 'act now'],
    ['limited-time offer', 'limited time offer'],
    ['  Don\u2019t  miss out ', "don't miss out"],
    ['"last chance"', 'last chance'],
  ])('phrase %j matches as %j', (phrase, pattern) => {
    expect(phraseToPattern(phrase)).toEqual({ pattern });
  });

  it.each([
    ['^[0-9]+$', null],
    ['^(\\d+)(k|m)?$', null],
    ['(?:ing|ed)?$', null],
    ['^(a+)+$', /repeats a group that itself repeats/],
    ['^(a|ab)*$', /repeats a group of alternatives/],
    ['^(a){2,}(b|c){3,}$', /repeats a group of alternatives/],
    ['(a)\\1', /back-reference/],
    ['\\w*\\w*\\w*x', /3 open-ended repeats/],
  ])('regex term /%s/ is judged %s', (source, verdict) => {
    const got = unsafeRegex(source);
    if (verdict === null) expect(got).toBeNull();
    else expect(got).toMatch(verdict);
  });
});

describe('export', () => {
  const settings = (over: Partial<EffectiveSettings>): EffectiveSettings => ({ ...DEFAULT_SETTINGS, ...over });
  const today = new Date('2025-03-04T12:00:00Z');

  it('exports custom phrases, turned-off rules and locks as a pack that passes the check', () => {
    const off = BUILT_IN_RULES[1].id;
    const out = exportSetup(
      settings({
        sensitivity: 'high',
        categories: ['urgency', 'pressure'],
        disabledRules: [off, 'team/gone', 'custom/whatever'],
        customPhrases: [{ phrase: 'final answer', category: 'pressure', message: 'Sounds like an ultimatum.' }],
      }),
      { name: 'Exported', author: 'Lead', version: '1.2.0', lockSettings: true, today },
    );
    expect(out.leftOut).toEqual([]);
    expect(out.text.startsWith('# Care Coach team pack, exported 2025-03-04.')).toBe(true);
    const r = checkPack(out.text, { fileName: 'exported.yaml' });
    expect(r.errors).toEqual([]);
    expect(r.pack).toMatchObject({
      name: 'Exported',
      author: 'Lead',
      version: '1.2.0',
      disable: [off],
      locked: { sensitivity: 'high', categories: ['urgency', 'pressure'] },
      rules: [{ id: 'phrase-final-answer', category: 'pressure', phrases: ['final answer'], message: 'Sounds like an ultimatum.' }],
    });
  });

  it("carries the current pack's rules along", () => {
    const pack = checkPack(readFileSync(join(ROOT, 'examples', 'team-pack.yaml'), 'utf8')).pack!;
    const out = exportSetup(settings({ pack: { source: 'user', pack } }), { name: 'Again', author: 'Me', version: '2', lockSettings: false, today });
    const r = checkPack(out.text);
    expect(r.pack?.rules.map((x) => x.id)).toEqual(pack.rules.map((x) => x.id));
    expect(r.pack?.locked).toEqual({});
  });

  it('leaves out a phrase that could never pass (a built-in rule already matches it) and says so', () => {
    const builtIn = BUILT_IN_RULES.find((r) => (Array.isArray(r.spec.match) ? r.spec.match : [r.spec.match]).some((m) => /^[a-z ']+$/.test(m)))!;
    const phrase = (Array.isArray(builtIn.spec.match) ? builtIn.spec.match : [builtIn.spec.match]).find((m) => /^[a-z ']+$/.test(m))!;
    const out = exportSetup(
      settings({ customPhrases: [{ phrase, category: 'pressure', message: 'Mine.' }, { phrase: 'final answer', category: 'pressure', message: 'Ultimatum.' }] }),
      { name: 'X', author: 'Y', version: '1', lockSettings: false, today },
    );
    expect(out.leftOut).toHaveLength(1);
    expect(out.leftOut[0]).toContain(`already matched by the built-in rule ${builtIn.id}`);
    expect(checkPack(out.text).pack?.rules.map((r) => r.phrases)).toEqual([['final answer']]);
  });

  it('refuses to export without a name', () => {
    expect(() => exportSetup(settings({}), { name: ' ', author: 'Y', version: '1', lockSettings: false, today })).toThrow('name: must not be empty');
  });
});

describe('built-in sites', () => {
  it("covers every CRM host the notes script matches (one list of host permissions)", () => {
    for (const m of BUILT_IN_MATCHES) expect(BUILT_IN_HOST_PATTERNS).toContain(m);
  });

  it.each([
    ['mail.google.com', 'Gmail'],
    ['acme.lightning.force.com', 'Salesforce'],
    ['acme.my.salesforce.com', 'Salesforce'],
    ['app-eu1.hubspot.com', 'HubSpot'],
    ['acme.pipedrive.com', 'Pipedrive'],
    ['pipedrive.com.evil.example', null],
    ['lightning.force.com', null],
    ['example.com', null],
  ])('%s → %s', (host, site) => {
    expect(builtInSiteFor(host)).toBe(site);
  });
});

describe('checkPackData', () => {
  it('rejects a non-object the same way as text', () => {
    expect(checkPackData([1, 2]).errors).toEqual(['(top level): must be a mapping with at least name, version and author']);
  });
});
