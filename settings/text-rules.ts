import { z } from 'zod';
import { plainTextProblems } from './field-formats';

/**
 * A trimmed string shown to people as text: bounded, non-empty, free of control characters
 * (the rules themselves live in field-formats.ts, shared with the light read checks).
 */
export function plainText(max: number, min = 1, opts: { multiline?: boolean } = {}) {
  return z
    .string()
    .transform((s) => s.trim())
    .superRefine((s, ctx) => {
      for (const message of plainTextProblems(s, { max, min, multiline: opts.multiline })) ctx.addIssue({ code: 'custom', message });
    });
}
