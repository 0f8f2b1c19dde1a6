/**
 * One schema per setting. Stored values, pack locks and policy values are checked field by field,
 * so one bad value falls back alone and every other setting survives.
 */
import { z } from 'zod';
import { CATEGORIES, SENSITIVITIES, SEVERITIES } from '../analyzers/types';
import { HIGHLIGHT_STYLES, type LockableKey, type UserSettings } from './model';
import { LIMITS } from './pack/limits';
import { plainText } from './text-rules';
import { HOSTNAME_MAX, HOSTNAME_MESSAGE, HOSTNAME_RE, notOneOf, RULE_ID_MAX, RULE_ID_MESSAGE, RULE_ID_RE } from './field-formats';

export { SETTING_LABEL } from './field-formats';

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (iss) => notOneOf(iss.input, values) });

export const categorySchema = oneOf(CATEGORIES);
export const sensitivitySchema = oneOf(SENSITIVITIES);
export const severitySchema = oneOf(SEVERITIES);
export const highlightStyleSchema = oneOf(HIGHLIGHT_STYLES);

/** Rule ids look like "urgency/offer-expires", "team/end-of-quarter" or "custom/act-now". */
export const ruleIdSchema = z.string().max(RULE_ID_MAX).regex(RULE_ID_RE, { error: RULE_ID_MESSAGE });

/** A hostname, as the per-site switch stores it. */
export const hostnameSchema = z
  .string()
  .max(HOSTNAME_MAX)
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.string().regex(HOSTNAME_RE, { error: HOSTNAME_MESSAGE }));

export const customPhraseSchema = z.strictObject({
  phrase: plainText(LIMITS.phraseChars, 2),
  category: categorySchema,
  message: plainText(LIMITS.messageChars, 1),
  severity: severitySchema.optional(),
});

const unique = <T extends z.ZodType<string>>(item: T, max: number, what: string) =>
  z.array(item).max(max, { error: `at most ${max} ${what}` }).transform((a) => [...new Set(a)]);

export const USER_FIELDS = {
  enabled: z.boolean(),
  disabledCategories: unique(categorySchema, CATEGORIES.length, 'categories'),
  sensitivity: sensitivitySchema,
  disabledRules: unique(ruleIdSchema, LIMITS.disabledRules, 'rules'),
  customPhrases: z.array(customPhraseSchema).max(LIMITS.customPhrases, { error: `at most ${LIMITS.customPhrases} custom phrases` }),
  disabledSites: unique(hostnameSchema, LIMITS.sites, 'sites'),
  highlightStyle: highlightStyleSchema,
  ignored: z
    .array(z.strictObject({ ruleId: z.string().max(160), text: z.string().max(LIMITS.ignoredChars), at: z.number() }))
    .max(LIMITS.ignored, { error: `at most ${LIMITS.ignored} ignored items` }),
} satisfies { [K in keyof Required<UserSettings>]: z.ZodType };

export const LOCKABLE_FIELDS = {
  enabled: USER_FIELDS.enabled,
  categories: unique(categorySchema, CATEGORIES.length, 'categories'),
  sensitivity: USER_FIELDS.sensitivity,
  highlightStyle: USER_FIELDS.highlightStyle,
  disabledRules: USER_FIELDS.disabledRules,
  customPhrases: USER_FIELDS.customPhrases,
  disabledSites: USER_FIELDS.disabledSites,
} satisfies Record<LockableKey, z.ZodType>;
