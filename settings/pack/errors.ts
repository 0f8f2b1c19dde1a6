/**
 * zod issues as people read them: `rules[3].category: "urgncy" is not one of scarcity, …`.
 */
import type { z } from 'zod';
import { KNOWN_FIELDS } from './schema';

export function formatPath(path: readonly PropertyKey[]): string {
  const s = path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
  return s || '(top level)';
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a mapping of fields',
  number: 'a number',
  boolean: 'true or false',
};

/** Messages for the generic cases; schema-level messages take precedence over this. */
export const packErrorMap: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return 'is required';
      return `must be ${EXPECTED[iss.expected] ?? iss.expected}, not ${describe(iss.input)}`;
    case 'too_small':
      return iss.origin === 'array' ? `needs at least ${String(iss.minimum)} item(s)` : `must be at least ${String(iss.minimum)} characters`;
    case 'too_big':
      return iss.origin === 'array' ? `can have at most ${String(iss.maximum)} items` : `must be at most ${String(iss.maximum)} characters`;
    default:
      return undefined;
  }
};

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}

export function didYouMean(key: string, known: string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best !== null && bestD <= Math.max(2, Math.floor(key.length / 3)) ? best : null;
}

export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  const out: string[] = [];
  for (const iss of issues) {
    if (iss.code === 'unrecognized_keys') {
      const known = KNOWN_FIELDS.find((k) => k.at(iss.path))?.fields ?? [];
      for (const key of iss.keys) {
        const hint = didYouMean(key, known);
        out.push(`${formatPath(iss.path)}: unknown field "${key}"${hint ? ` (did you mean "${hint}"?)` : known.length ? ` (known fields: ${known.join(', ')})` : ''}`);
      }
      continue;
    }
    out.push(`${formatPath(iss.path)}: ${iss.message}`);
  }
  return out;
}
