/**
 * Stored settings, policy values and the stored team pack, checked without a schema library.
 *
 * Why not zod here: every page a content script runs on reads settings, and zod was a fifth of
 * the in-page script. Writers (options page, background, `care-coach pack check`) keep checking
 * with the zod schemas in fields.ts and pack/schema.ts, which give people the detailed messages;
 * readers only need a verdict, the cleaned value (trimmed, deduplicated, defaults filled in) and,
 * for policy values, the first problem in the same words. tests/settings/read-checks.test.ts
 * holds both to the same verdicts, values and policy messages on valid, edge and broken input.
 */
import { CATEGORIES, QUESTION_IDS, SENSITIVITIES, SEVERITIES } from '../analyzers/types';
import { GUARDS } from '../analyzers/context';
import { HIGHLIGHT_STYLES, type ActivePack, type LockableKey, type UserSettings } from './model';
import type { Pack } from './pack/schema';
import { LIMITS } from './pack/limits';
import {
  HOSTNAME_MAX,
  HOSTNAME_MESSAGE,
  HOSTNAME_RE,
  notOneOf,
  PACK_RULE_ID_MESSAGE,
  PACK_RULE_ID_RE,
  PACK_VERSION_MESSAGE,
  PACK_VERSION_RE,
  plainTextProblems,
  RULE_ID_MAX,
  RULE_ID_MESSAGE,
  RULE_ID_RE,
} from './field-formats';

type Path = PropertyKey[];
interface Issue {
  path: Path;
  message: string;
}
/** Checks `input` at `path`, pushing problems to `issues`; returns the cleaned value (meaningless if it pushed any). */
type Check<T = unknown> = (input: unknown, path: Path, issues: Issue[]) => T;

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string; path: Path };

export function runCheck<T>(check: Check<T>, input: unknown): Checked<T> {
  const issues: Issue[] = [];
  const value = check(input, [], issues);
  return issues.length ? { ok: false, message: issues[0].message, path: issues[0].path } : { ok: true, value };
}

// ---- the building blocks, each with the verdicts and first messages of its zod counterpart ----

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** zod's name for what it was handed ("received number", "received Date"). */
function received(v: unknown): string {
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : Number.isFinite(v) ? 'number' : String(v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') {
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && 'constructor' in (v as object) && (v as { constructor?: { name?: string } }).constructor) {
      return String((v as { constructor: { name: string } }).constructor.name);
    }
  }
  return typeof v;
}

const wrongType = (expected: string, v: unknown) => `Invalid input: expected ${expected}, received ${received(v)}`;
const tooLong = (max: number) => `Too big: expected string to have <=${max} characters`;

const boolean: Check<boolean> = (v, path, issues) => {
  if (typeof v !== 'boolean') issues.push({ path, message: wrongType('boolean', v) });
  return v as boolean;
};

const finiteNumber: Check<number> = (v, path, issues) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) issues.push({ path, message: wrongType('number', v) });
  return v as number;
};

const literal =
  (value: number): Check<number> =>
  (v, path, issues) => {
    if (v !== value) issues.push({ path, message: `Invalid input: expected ${value}` });
    return v as number;
  };

function oneOf<T extends string>(values: readonly T[]): Check<T> {
  return (v, path, issues) => {
    if (!(values as readonly unknown[]).includes(v)) issues.push({ path, message: notOneOf(v, values) });
    return v as T;
  };
}

function string(o: { min?: number; max?: number; re?: RegExp; reMessage?: string } = {}): Check<string> {
  return (v, path, issues) => {
    if (typeof v !== 'string') {
      issues.push({ path, message: wrongType('string', v) });
      return '';
    }
    if (o.min !== undefined && v.length < o.min) issues.push({ path, message: `must be at least ${o.min} characters` });
    if (o.max !== undefined && v.length > o.max) issues.push({ path, message: tooLong(o.max) });
    if (o.re && !o.re.test(v)) issues.push({ path, message: o.reMessage ?? 'Invalid string' });
    return v;
  };
}

function plainText(max: number, min = 1, opts: { multiline?: boolean } = {}): Check<string> {
  return (v, path, issues) => {
    if (typeof v !== 'string') {
      issues.push({ path, message: wrongType('string', v) });
      return '';
    }
    const s = v.trim();
    for (const message of plainTextProblems(s, { max, min, multiline: opts.multiline })) issues.push({ path, message });
    return s;
  };
}

const hostname: Check<string> = (v, path, issues) => {
  if (typeof v !== 'string') {
    issues.push({ path, message: wrongType('string', v) });
    return '';
  }
  // The length is checked before trimming, and a failure stops there (as zod's pipe does).
  if (v.length > HOSTNAME_MAX) {
    issues.push({ path, message: tooLong(HOSTNAME_MAX) });
    return v;
  }
  const s = v.trim().toLowerCase();
  if (!HOSTNAME_RE.test(s)) issues.push({ path, message: HOSTNAME_MESSAGE });
  return s;
};

const ruleId = string({ max: RULE_ID_MAX, re: RULE_ID_RE, reMessage: RULE_ID_MESSAGE });

/** A list: its length is checked first and, when wrong, alone; then each item. */
function list<T>(item: Check<T>, o: { max: number; maxMessage: string; min?: number; minMessage?: string; unique?: boolean }): Check<T[]> {
  return (v, path, issues) => {
    if (!Array.isArray(v)) {
      issues.push({ path, message: wrongType('array', v) });
      return [];
    }
    if (o.min !== undefined && v.length < o.min) {
      issues.push({ path, message: o.minMessage ?? `needs at least ${o.min} items` });
      return [];
    }
    if (v.length > o.max) {
      issues.push({ path, message: o.maxMessage });
      return [];
    }
    const out = v.map((x, i) => item(x, [...path, i], issues));
    return o.unique ? [...new Set(out)] : out;
  };
}

interface Field {
  check: Check;
  optional?: boolean;
  /** Filled in when the field is missing. */
  fallback?: () => unknown;
}

/**
 * An object with exactly these fields: each field in order, then unknown keys, then `refine`
 * (only when everything else passed).
 */
function strictObject<T>(fields: Record<string, Field | Check>, refine?: (value: T, path: Path, issues: Issue[]) => void): Check<T> {
  const entries = Object.entries(fields).map(([k, f]) => [k, typeof f === 'function' ? { check: f } : f] as const);
  return (v, path, issues) => {
    if (!isObject(v)) {
      issues.push({ path, message: wrongType('object', v) });
      return {} as T;
    }
    const before = issues.length;
    const out: Record<string, unknown> = {};
    for (const [k, f] of entries) {
      const x = v[k];
      if (x === undefined) {
        if (f.fallback) out[k] = f.fallback();
        else if (f.optional) {
          if (k in v) out[k] = undefined;
        } else f.check(x, [...path, k], issues);
        continue;
      }
      out[k] = f.check(x, [...path, k], issues);
    }
    const unknown = Object.keys(v).filter((k) => !fields[k]);
    if (unknown.length) issues.push({ path, message: `Unrecognized key${unknown.length > 1 ? 's' : ''}: ${unknown.map((k) => `"${k}"`).join(', ')}` });
    if (issues.length === before) refine?.(out as T, path, issues);
    return out as T;
  };
}

const optional = (check: Check): Field => ({ check, optional: true });

// ---- settings fields (fields.ts: USER_FIELDS, LOCKABLE_FIELDS) ----

const category = oneOf(CATEGORIES);
const severity = oneOf(SEVERITIES);
const categoryList = list(category, { max: CATEGORIES.length, maxMessage: `at most ${CATEGORIES.length} categories`, unique: true });
const customPhrase = strictObject({
  phrase: plainText(LIMITS.phraseChars, 2),
  category,
  message: plainText(LIMITS.messageChars, 1),
  severity: optional(severity),
});

export const USER_FIELD_CHECKS: { [K in keyof Required<UserSettings>]: Check } = {
  enabled: boolean,
  disabledCategories: categoryList,
  sensitivity: oneOf(SENSITIVITIES),
  disabledRules: list(ruleId, { max: LIMITS.disabledRules, maxMessage: `at most ${LIMITS.disabledRules} rules`, unique: true }),
  customPhrases: list(customPhrase, { max: LIMITS.customPhrases, maxMessage: `at most ${LIMITS.customPhrases} custom phrases` }),
  disabledSites: list(hostname, { max: LIMITS.sites, maxMessage: `at most ${LIMITS.sites} sites`, unique: true }),
  highlightStyle: oneOf(HIGHLIGHT_STYLES),
  ignored: list(strictObject({ ruleId: string({ max: 160 }), text: string({ max: LIMITS.ignoredChars }), at: finiteNumber }), {
    max: LIMITS.ignored,
    maxMessage: `at most ${LIMITS.ignored} ignored items`,
  }),
};

export const LOCKABLE_FIELD_CHECKS: Record<LockableKey, Check> = {
  enabled: USER_FIELD_CHECKS.enabled,
  categories: categoryList,
  sensitivity: USER_FIELD_CHECKS.sensitivity,
  highlightStyle: USER_FIELD_CHECKS.highlightStyle,
  disabledRules: USER_FIELD_CHECKS.disabledRules,
  customPhrases: USER_FIELD_CHECKS.customPhrases,
  disabledSites: USER_FIELD_CHECKS.disabledSites,
};

// ---- the team pack (pack/schema.ts: packSchema) ----

const GUARD_NAMES = Object.keys(GUARDS);

const packList = <T>(item: Check<T>, max: number, what: string, min = 0) =>
  list(item, {
    max,
    maxMessage: `can have at most ${max} ${what}s`,
    min,
    minMessage: min === 1 ? `needs at least one ${what}` : `needs at least ${min} ${what}s`,
  });

const alternative = strictObject<{ rewrite?: string; question?: string; text?: string }>(
  {
    rewrite: optional(plainText(LIMITS.alternativeChars)),
    question: optional(oneOf(QUESTION_IDS)),
    text: optional(plainText(LIMITS.alternativeChars)),
  },
  (a, path, issues) => {
    if ((a.rewrite === undefined) === (a.question === undefined)) issues.push({ path, message: 'needs exactly one of "rewrite" or "question"' });
    else if (a.text !== undefined && a.question === undefined) issues.push({ path: [...path, 'text'], message: '"text" goes with "question"' });
  },
);

const marked = (want: boolean): Check<string> => {
  const text = plainText(LIMITS.exampleChars);
  return (v, path, issues) => {
    const before = issues.length;
    const s = text(v, path, issues);
    if (issues.length === before && (want ? !/\[\[[^\]]+\]\]/.test(s) : s.includes('[['))) {
      issues.push({ path, message: want ? 'must mark the words the rule should flag' : 'a pass example marks nothing' });
    }
    return s;
  };
};

const packRule = strictObject<{ phrases?: string[]; patterns?: string[] }>(
  {
    id: string({ max: LIMITS.idChars, re: PACK_RULE_ID_RE, reMessage: PACK_RULE_ID_MESSAGE }),
    category,
    severity,
    phrases: optional(packList(plainText(LIMITS.phraseChars, 2), LIMITS.phrasesPerRule, 'phrase')),
    patterns: optional(packList(string({ min: 1, max: LIMITS.patternChars }), LIMITS.patternsPerRule, 'pattern')),
    unless: optional(packList(oneOf(GUARD_NAMES), GUARD_NAMES.length, 'guard')),
    message: plainText(LIMITS.messageChars),
    why: plainText(LIMITS.whyChars, 1, { multiline: true }),
    alternatives: optional(packList(alternative, LIMITS.alternatives, 'alternative')),
    examples: strictObject({
      flag: packList(marked(true), LIMITS.examplesPerKind, 'flag example', 1),
      pass: packList(marked(false), LIMITS.examplesPerKind, 'pass example', 1),
    }),
  },
  (r, path, issues) => {
    if (!r.phrases?.length && !r.patterns?.length) issues.push({ path, message: 'needs "phrases" or "patterns"' });
  },
);

const locked = strictObject(Object.fromEntries(Object.entries(LOCKABLE_FIELD_CHECKS).map(([k, c]) => [k, optional(c)])));

const pack = strictObject<Pack>(
  {
    format: optional(literal(1)),
    name: plainText(LIMITS.nameChars),
    version: string({ max: LIMITS.versionChars, re: PACK_VERSION_RE, reMessage: PACK_VERSION_MESSAGE }),
    author: plainText(LIMITS.authorChars),
    description: optional(plainText(LIMITS.descriptionChars, 1, { multiline: true })),
    rules: { check: packList(packRule, LIMITS.rules, 'rule'), fallback: () => [] },
    disable: { check: packList(ruleId, LIMITS.disabledRules, 'rule id'), fallback: () => [] },
    locked: { check: locked, fallback: () => ({}) },
  },
  (p, path, issues) => {
    const ids = p.rules.map((r) => r.id);
    if (new Set(ids).size !== ids.length) issues.push({ path: [...path, 'rules'], message: 'has two rules with the same id' });
    const strings = p.rules.reduce((n, r) => n + (r.phrases?.length ?? 0) + (r.patterns?.length ?? 0), 0);
    if (strings > LIMITS.matchStrings) issues.push({ path: [...path, 'rules'], message: `has more than ${LIMITS.matchStrings} phrases and patterns` });
  },
);

export const PACK_CHECK: Check<Pack> = pack;

/** The stored pack's body, checked; the cleaned pack or null. */
export function checkStoredPackBody(body: unknown): ActivePack['pack'] | null {
  const r = runCheck(pack, body);
  return r.ok ? r.value : null;
}
