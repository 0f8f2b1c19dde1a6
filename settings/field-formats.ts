/**
 * The formats and messages of settings and pack fields, with no schema library: the zod schemas
 * (fields.ts, text-rules.ts, pack/schema.ts: what writers check) and the light read checks
 * (read-checks.ts: what content scripts check) both take them from here, so they can't drift
 * apart on what a rule id, a hostname or safe text is.
 */
import type { LockableKey, UserSettings } from './model';

/** Rule ids look like "urgency/offer-expires", "team/end-of-quarter" or "custom/act-now". */
export const RULE_ID_RE = /^[a-z][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;
export const RULE_ID_MAX = 120;
export const RULE_ID_MESSAGE = 'must be a rule id like "urgency/offer-expires"';

/** A hostname, as the per-site switch stores it (checked after trimming and lower-casing). */
export const HOSTNAME_RE = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;
export const HOSTNAME_MAX = 253;
export const HOSTNAME_MESSAGE = 'must be a hostname like "mail.google.com"';

/** A pack rule's own id (before the "team/" prefix). */
export const PACK_RULE_ID_RE = /^[a-z0-9][a-z0-9-]*$/;
export const PACK_RULE_ID_MESSAGE = 'must be lower-case letters, digits and dashes, like "end-of-quarter"';

export const PACK_VERSION_RE = /^\d+(\.\d+){0,2}([-+][0-9A-Za-z.-]+)?$/;
export const PACK_VERSION_MESSAGE = 'must be a version like "1.2.0"';

/** The message for a value outside a fixed list ("loud" is not one of underline, background, both). */
export function notOneOf(input: unknown, values: readonly string[]): string {
  let shown: string | undefined;
  try {
    shown = JSON.stringify(input);
  } catch {
    shown = String(input);
  }
  return `${shown} is not one of ${values.join(', ')}`;
}

/**
 * Control characters and bidirectional overrides can make text read differently from what it
 * is (e.g. a message that displays reversed). Pack and setting text is shown to people as
 * plain text, so such characters are refused rather than rendered.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
// eslint-disable-next-line no-control-regex
const UNSAFE_INLINE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

export interface PlainTextRules {
  max: number;
  min?: number;
  multiline?: boolean;
}

/**
 * What is wrong with an already-trimmed text shown to people: too short (reported alone), too
 * long, an invisible control character. Empty when it is fine.
 */
export function plainTextProblems(s: string, { max, min = 1, multiline = false }: PlainTextRules): string[] {
  if (s.length < min) return [min <= 1 ? 'must not be empty' : `must be at least ${min} characters`];
  const out: string[] = [];
  if (s.length > max) out.push(`must be at most ${max} characters (it has ${s.length})`);
  const m = (multiline ? UNSAFE : UNSAFE_INLINE).exec(s);
  if (m) out.push(`contains the invisible control character ${codePoint(m[0])} at position ${m.index + 1}; remove it`);
  return out;
}

/** Human names of settings, for notices and lock badges. */
export const SETTING_LABEL: Record<keyof Required<UserSettings> | LockableKey, string> = {
  enabled: 'Coaching on/off',
  disabledCategories: 'Categories',
  categories: 'Categories',
  sensitivity: 'Sensitivity',
  disabledRules: 'Turned-off rules',
  customPhrases: 'Custom phrases',
  disabledSites: 'Sites',
  highlightStyle: 'Highlight style',
  ignored: 'Ignored items',
};
