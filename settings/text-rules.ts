import { z } from 'zod';

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

/** A trimmed string shown to people as text: bounded, non-empty, free of control characters. */
export function plainText(max: number, min = 1, opts: { multiline?: boolean } = {}) {
  const bad = opts.multiline ? UNSAFE : UNSAFE_INLINE;
  return z
    .string()
    .transform((s) => s.trim())
    .superRefine((s, ctx) => {
      if (s.length < min) {
        ctx.addIssue({ code: 'custom', message: min <= 1 ? 'must not be empty' : `must be at least ${min} characters` });
        return;
      }
      if (s.length > max) ctx.addIssue({ code: 'custom', message: `must be at most ${max} characters (it has ${s.length})` });
      const m = bad.exec(s);
      if (m) {
        ctx.addIssue({
          code: 'custom',
          message: `contains the invisible control character ${codePoint(m[0])} at position ${m.index + 1}; remove it`,
        });
      }
    });
}
