/**
 * The team pack format (docs/packs.md): data only, in the same vocabulary as the built-in rules.
 * Validated with zod before anything is saved; every error names the field and the reason.
 */
import { z } from 'zod';
import { QUESTION_IDS } from '../../analyzers/types';
import { GUARDS } from '../../analyzers/context';
import { categorySchema, LOCKABLE_FIELDS, ruleIdSchema, severitySchema } from '../fields';
import { plainText } from '../text-rules';
import { notOneOf, PACK_RULE_ID_MESSAGE, PACK_RULE_ID_RE, PACK_VERSION_MESSAGE, PACK_VERSION_RE } from '../field-formats';
import { LIMITS } from './limits';

export const PACK_FORMAT = 1;

const GUARD_NAMES = Object.keys(GUARDS) as [string, ...string[]];

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (iss) => notOneOf(iss.input, values) });

const list = <T extends z.ZodType>(item: T, max: number, what: string, min = 0) =>
  z
    .array(item)
    .min(min, { error: min === 1 ? `needs at least one ${what}` : `needs at least ${min} ${what}s` })
    .max(max, { error: (iss) => `can have at most ${max} ${what}s (it has ${(iss.input as unknown[]).length})` });

const alternativeSchema = z
  .strictObject({
    rewrite: plainText(LIMITS.alternativeChars).optional(),
    question: oneOf(QUESTION_IDS).optional(),
    text: plainText(LIMITS.alternativeChars).optional(),
  })
  .superRefine((a, ctx) => {
    if ((a.rewrite === undefined) === (a.question === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'needs exactly one of "rewrite" (kinder words) or "question" (one of ' + QUESTION_IDS.join(', ') + ')' });
    } else if (a.text !== undefined && a.question === undefined) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: '"text" goes with "question" (to reword it); a rewrite is its own text' });
    }
  });

const markedExample = plainText(LIMITS.exampleChars).superRefine((s, ctx) => {
  if (!/\[\[[^\]]+\]\]/.test(s)) ctx.addIssue({ code: 'custom', message: 'must mark the words the rule should flag, like "this [[offer ends Friday]]"' });
});
const passExample = plainText(LIMITS.exampleChars).superRefine((s, ctx) => {
  if (s.includes('[[')) ctx.addIssue({ code: 'custom', message: 'a pass example marks nothing: remove the [[ ]]' });
});

export const packRuleSchema = z
  .strictObject({
    id: z
      .string()
      .max(LIMITS.idChars, { error: `must be at most ${LIMITS.idChars} characters` })
      .regex(PACK_RULE_ID_RE, { error: PACK_RULE_ID_MESSAGE }),
    category: categorySchema,
    severity: severitySchema,
    phrases: list(plainText(LIMITS.phraseChars, 2), LIMITS.phrasesPerRule, 'phrase').optional(),
    patterns: list(
      z
        .string()
        .min(1, { error: 'must not be empty' })
        .max(LIMITS.patternChars, { error: (iss) => `must be at most ${LIMITS.patternChars} characters (it has ${(iss.input as string).length})` }),
      LIMITS.patternsPerRule,
      'pattern',
    ).optional(),
    unless: list(oneOf(GUARD_NAMES), GUARD_NAMES.length, 'guard').optional(),
    message: plainText(LIMITS.messageChars),
    why: plainText(LIMITS.whyChars, 1, { multiline: true }),
    alternatives: list(alternativeSchema, LIMITS.alternatives, 'alternative').optional(),
    examples: z.strictObject({
      flag: list(markedExample, LIMITS.examplesPerKind, 'flag example', 1),
      pass: list(passExample, LIMITS.examplesPerKind, 'pass example', 1),
    }),
  })
  .superRefine((r, ctx) => {
    if (!r.phrases?.length && !r.patterns?.length) {
      ctx.addIssue({ code: 'custom', message: 'needs "phrases" (plain words) or "patterns" (match patterns), or both' });
    }
  });

const lockedSchema = z.strictObject(
  Object.fromEntries(Object.entries(LOCKABLE_FIELDS).map(([k, s]) => [k, s.optional()])) as {
    [K in keyof typeof LOCKABLE_FIELDS]: z.ZodOptional<(typeof LOCKABLE_FIELDS)[K]>;
  },
);

export const packSchema = z
  .strictObject({
    format: z.literal(PACK_FORMAT, { error: `must be ${PACK_FORMAT} (the only pack format so far)` }).optional(),
    name: plainText(LIMITS.nameChars),
    version: z
      .string()
      .max(LIMITS.versionChars, { error: `must be at most ${LIMITS.versionChars} characters` })
      .regex(PACK_VERSION_RE, { error: PACK_VERSION_MESSAGE }),
    author: plainText(LIMITS.authorChars),
    description: plainText(LIMITS.descriptionChars, 1, { multiline: true }).optional(),
    rules: list(packRuleSchema, LIMITS.rules, 'rule').default([]),
    disable: list(ruleIdSchema, LIMITS.disabledRules, 'rule id').default([]),
    locked: lockedSchema.default({}),
  })
  .superRefine((p, ctx) => {
    const seen = new Map<string, number>();
    p.rules.forEach((r, i) => {
      const prev = seen.get(r.id);
      if (prev !== undefined) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `"${r.id}" is already the id of rules[${prev}]` });
      else seen.set(r.id, i);
    });
    const strings = p.rules.reduce((n, r) => n + (r.phrases?.length ?? 0) + (r.patterns?.length ?? 0), 0);
    if (strings > LIMITS.matchStrings) {
      ctx.addIssue({ code: 'custom', path: ['rules'], message: `has ${strings} phrases and patterns in all; a pack can have at most ${LIMITS.matchStrings}` });
    }
  });

/** A validated pack, as stored. */
export type Pack = z.output<typeof packSchema>;
export type PackRule = Pack['rules'][number];

/** Field names per place in the file, for "did you mean" on unknown fields. */
export const KNOWN_FIELDS: Array<{ at: (path: PropertyKey[]) => boolean; fields: string[] }> = [
  { at: (p) => p.length === 0, fields: Object.keys(packSchema.shape) },
  { at: (p) => p.length === 2 && p[0] === 'rules', fields: Object.keys(packRuleSchema.shape) },
  { at: (p) => p.length === 3 && p[0] === 'rules' && p[2] === 'examples', fields: ['flag', 'pass'] },
  { at: (p) => p.length === 4 && p[0] === 'rules' && p[2] === 'alternatives', fields: ['rewrite', 'question', 'text'] },
  { at: (p) => p.length === 1 && p[0] === 'locked', fields: Object.keys(LOCKABLE_FIELDS) },
  { at: (p) => p.length === 3 && p[0] === 'locked' && p[1] === 'customPhrases', fields: ['phrase', 'category', 'message', 'severity'] },
];
