/**
 * The light read checks (settings/read-checks.ts, what content scripts run) against the zod
 * schemas (what writers run): same verdict and same cleaned value for every field on valid, edge
 * and broken input, the same first message for policy values, and the same verdict and value for
 * team packs (every fixture, and every fixture with each of its values swapped for a bad one).
 * A drift between the two would mean a value a writer saved being dropped on read, or the
 * reader trusting what a writer would refuse.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { LOCKABLE_FIELDS, USER_FIELDS } from '../../settings/fields';
import { packSchema } from '../../settings/pack/schema';
import { parsePackText } from '../../settings/pack/parse';
import { LIMITS } from '../../settings/pack/limits';
import { LOCKABLE_FIELD_CHECKS, PACK_CHECK, runCheck, USER_FIELD_CHECKS } from '../../settings/read-checks';
import { CATEGORIES } from '../../analyzers/types';

type AnyCheck = Parameters<typeof runCheck>[0];

function compare(schema: z.ZodType, check: AnyCheck, input: unknown, opts: { message?: boolean } = {}) {
  const z = schema.safeParse(input);
  const light = runCheck(check, input);
  const label = `input ${safeShow(input)}`;
  expect(light.ok, `${label}: zod says ${z.success ? 'ok' : z.error.issues[0]?.message}`).toBe(z.success);
  if (z.success && light.ok) expect(light.value, label).toEqual(z.data);
  if (!z.success && !light.ok && opts.message) {
    expect(light.message, label).toBe(z.error.issues[0]?.message);
    expect(light.path, label).toEqual(z.error.issues[0]?.path);
  }
}

function safeShow(v: unknown): string {
  try {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 120 ? s.slice(0, 120) + '…' : s;
  } catch {
    return String(v);
  }
}

const long = (n: number, ch = 'a') => ch.repeat(n);
const phrase = (over: Record<string, unknown> = {}) => ({ phrase: 'act now', category: 'urgency', message: 'Pushes them.', ...over });

/** Values every field is also tried with: wrong types, empties, odd objects. */
const GENERIC: unknown[] = [null, undefined, 0, 1, NaN, Infinity, -1, true, false, '', ' ', 'x', [], {}, [null], [1], [[]], [{}], new Date(0), Object.create(null), { a: 1 }];

const CASES: Record<keyof typeof USER_FIELDS, unknown[]> = {
  enabled: [true, false, 'true', 1, 0],
  disabledCategories: [
    [],
    ['urgency'],
    ['urgency', 'urgency', 'scarcity'],
    [...CATEGORIES],
    [...CATEGORIES, 'urgency'],
    ['x', ...CATEGORIES],
    ['Urgency'],
    ['urgency', 5],
    'urgency',
  ],
  sensitivity: ['low', 'medium', 'high', 'max', 'HIGH', 5, ['low']],
  disabledRules: [
    [],
    ['urgency/offer-expires'],
    ['urgency/offer-expires', 'urgency/offer-expires'],
    ['team/end-of-quarter', 'custom/act-now'],
    ['Urgency/offer'],
    ['urgency'],
    ['urgency/'],
    ['/x'],
    [`urgency/${long(120)}`],
    [long(130)],
    [5],
    Array.from({ length: LIMITS.disabledRules }, (_, i) => `urgency/r${i}`),
    Array.from({ length: LIMITS.disabledRules + 1 }, (_, i) => `urgency/r${i}`),
    [...Array.from({ length: LIMITS.disabledRules + 1 }, (_, i) => `urgency/r${i}`), 'BAD'],
  ],
  customPhrases: [
    [],
    [phrase()],
    [phrase({ phrase: '  padded  ', message: '  also  ' })],
    [phrase({ severity: 'strong' })],
    [phrase({ severity: undefined })],
    [phrase({ severity: 'loud' })],
    [phrase({ phrase: 'a' })],
    [phrase({ phrase: ' a ' })],
    [phrase({ phrase: long(LIMITS.phraseChars) })],
    [phrase({ phrase: long(LIMITS.phraseChars + 1) })],
    [phrase({ phrase: `  ${long(LIMITS.phraseChars)}  ` })],
    [phrase({ message: '' })],
    [phrase({ message: '   ' })],
    [phrase({ message: long(LIMITS.messageChars + 1) })],
    [phrase({ message: 'a\u202eb' })],
    [phrase({ message: 'line\nbreak' })],
    [phrase({ phrase: 'a\u0001b', message: '' })],
    [phrase({ phrase: long(LIMITS.phraseChars + 5) + '\u200e' })],
    [phrase({ category: 'kindness' })],
    [phrase({ extra: 1 })],
    [phrase({ extra: 1, more: 2 })],
    [{ zz: 1, phrase: ' a ', category: 'urgency' }],
    [{ phrase: 5, category: 'urgency', message: 'm' }],
    [phrase(), 'act now'],
    [phrase(), phrase({ phrase: 'other words' })],
    Array.from({ length: LIMITS.customPhrases + 1 }, () => phrase()),
  ],
  disabledSites: [
    [],
    ['mail.google.com'],
    [' Mail.Google.COM ', 'mail.google.com'],
    ['acme.my.salesforce.com', 'intranet'],
    ['https://mail.google.com'],
    ['mail.google.com/x'],
    ['-bad.com'],
    ['bad-.com'],
    ['a..b'],
    ['  '],
    [''],
    [long(254)],
    [` ${long(63)}.${long(63)}.${long(63)}.${long(61)} `],
    [`${long(63)}.${long(63)}.${long(63)}.${long(62)}`],
    [5],
    Array.from({ length: LIMITS.sites + 1 }, (_, i) => `s${i}.com`),
  ],
  highlightStyle: ['underline', 'background', 'both', 'loud', ''],
  ignored: [
    [],
    [{ ruleId: 'urgency/offer-expires', text: 'expires friday', at: 1 }],
    [{ ruleId: 'urgency/offer-expires', text: 'expires friday', at: 1.5 }],
    [{ ruleId: 'x', text: 'y', at: -3 }],
    [{ ruleId: 'x', text: 'y' }],
    [{ ruleId: 'x', text: 'y', at: '1' }],
    [{ ruleId: 'x', text: 'y', at: Infinity }],
    [{ ruleId: 'x', text: 'y', at: NaN }],
    [{ ruleId: long(161), text: 'y', at: 1 }],
    [{ ruleId: 'x', text: long(LIMITS.ignoredChars + 1), at: 1 }],
    [{ ruleId: 'x', text: 'y', at: 1, extra: true }],
    Array.from({ length: LIMITS.ignored + 1 }, () => ({ ruleId: 'x', text: 'y', at: 1 })),
  ],
};

describe('stored settings: light checks give what the zod schemas give', () => {
  for (const key of Object.keys(USER_FIELDS) as Array<keyof typeof USER_FIELDS>) {
    it(`${key}: same verdict and value`, () => {
      for (const input of [...CASES[key], ...GENERIC]) compare(USER_FIELDS[key], USER_FIELD_CHECKS[key], input);
    });
  }
});

describe('policy values: same verdict, value and first message', () => {
  const policyCases: Record<keyof typeof LOCKABLE_FIELDS, unknown[]> = {
    enabled: CASES.enabled,
    categories: CASES.disabledCategories,
    sensitivity: CASES.sensitivity,
    highlightStyle: CASES.highlightStyle,
    disabledRules: CASES.disabledRules,
    customPhrases: CASES.customPhrases,
    disabledSites: CASES.disabledSites,
  };
  for (const key of Object.keys(LOCKABLE_FIELDS) as Array<keyof typeof LOCKABLE_FIELDS>) {
    it(`${key}`, () => {
      for (const input of [...policyCases[key], ...GENERIC]) compare(LOCKABLE_FIELDS[key], LOCKABLE_FIELD_CHECKS[key], input, { message: true });
    });
  }
});

// ---- team packs ----

const PACKS = join(__dirname, '..', 'fixtures', 'packs');
function packData(): Array<{ name: string; data: unknown }> {
  const out: Array<{ name: string; data: unknown }> = [];
  for (const dir of ['good', 'bad']) {
    for (const file of readdirSync(join(PACKS, dir)).filter((f) => /\.(ya?ml|json)$/.test(f))) {
      const parsed = parsePackText(readFileSync(join(PACKS, dir, file), 'utf8'), file);
      if (parsed.ok) out.push({ name: `${dir}/${file}`, data: parsed.data });
    }
  }
  return out;
}

/** Every place in a value, as a path of keys. */
function paths(v: unknown, at: PropertyKey[] = []): PropertyKey[][] {
  const out: PropertyKey[][] = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}

function withValue(root: unknown, path: PropertyKey[], value: unknown, remove = false): unknown {
  const copy = structuredClone(root) as Record<PropertyKey, unknown>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<PropertyKey, unknown>;
  const last = path[path.length - 1];
  if (remove) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

/** Replacements tried at every place of a good pack: each breaks (or, for some places, keeps) it. */
const SWAPS: unknown[] = [null, 5, true, '', '  ', ' padded text ', 'x', 'urgency', 'hint', 'outcome', 'negated', long(900), 'a\u202eb', 'two\nlines', 'no [[marks', 'has [[marks]]', [], [null], {}, { extra: 1 }];

describe('team packs: same verdict and value', () => {
  const fixtures = packData();

  it('reads every fixture as zod does', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    for (const f of fixtures) compare(packSchema, PACK_CHECK, f.data);
  });

  it('reads every good fixture with each value swapped, removed or joined by an unknown field as zod does', () => {
    let tried = 0;
    for (const f of fixtures.filter((x) => x.name.startsWith('good/'))) {
      for (const p of paths(f.data)) {
        if (p.length === 0) continue;
        compare(packSchema, PACK_CHECK, withValue(f.data, p, undefined, true));
        for (const swap of SWAPS) compare(packSchema, PACK_CHECK, withValue(f.data, p, swap));
        tried += SWAPS.length + 1;
      }
      for (const p of paths(f.data).filter((x) => {
        let node: unknown = f.data;
        for (const k of x) node = (node as Record<PropertyKey, unknown>)[k];
        return node !== null && typeof node === 'object' && !Array.isArray(node);
      })) {
        compare(packSchema, PACK_CHECK, withValue(f.data, [...p, 'unknownField'], 'x'));
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(900);
  });

  it('agrees on the pack-wide checks: duplicate ids and too many match strings', () => {
    const good = fixtures.find((f) => f.name === 'good/full.json')!.data as { rules: Array<Record<string, unknown>> };
    const dup = structuredClone(good);
    dup.rules.push(structuredClone(dup.rules[0]));
    compare(packSchema, PACK_CHECK, dup);
    const many = structuredClone(good);
    const phrases = Array.from({ length: LIMITS.phrasesPerRule }, (_, i) => `phrase number ${i}`);
    many.rules = Array.from({ length: Math.ceil(LIMITS.matchStrings / LIMITS.phrasesPerRule) + 1 }, (_, i) => ({ ...structuredClone(good.rules[0]), id: `r${i}`, phrases, patterns: undefined }));
    compare(packSchema, PACK_CHECK, many);
    expect(runCheck(PACK_CHECK, many).ok).toBe(false);
  });
});
