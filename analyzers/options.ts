import { z } from 'zod';
import { CATEGORIES, SENSITIVITIES, SEVERITIES, type AnalyzeOptions, type Category, type CustomPhrase, type Sensitivity } from './types';

const OptionsSchema = z
  .object({
    categories: z.array(z.enum(CATEGORIES)).optional(),
    sensitivity: z.enum(SENSITIVITIES).optional(),
    customPhrases: z
      .array(
        z.object({
          phrase: z.string().trim().min(2, 'must be at least 2 characters').max(200, 'must be at most 200 characters'),
          category: z.enum(CATEGORIES),
          message: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
          severity: z.enum(SEVERITIES).optional(),
        }),
      )
      .max(500, 'at most 500 custom phrases')
      .optional(),
    ignoredRules: z.array(z.string()).optional(),
    kind: z.enum(['email', 'note', 'snippet']).optional(),
  })
  .strict();

export class OptionsError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid options: ${issues.join('; ')}`);
    this.name = 'OptionsError';
  }
}

/** "customPhrases[2].category: ..." style messages: the field and the reason. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => {
    const path = i.path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
    return `${path || '(root)'}: ${i.message}`;
  });
}

export interface ResolvedOptions {
  categories: Set<Category>;
  sensitivity: Sensitivity;
  customPhrases: CustomPhrase[];
  ignoredRules: Set<string>;
  kind: AnalyzeOptions['kind'];
}

export const DEFAULT_SENSITIVITY: Sensitivity = 'medium';

export function resolveOptions(options: unknown = {}): ResolvedOptions {
  const parsed = OptionsSchema.safeParse(options ?? {});
  if (!parsed.success) throw new OptionsError(formatIssues(parsed.error));
  const o = parsed.data;
  return {
    categories: new Set(o.categories ?? CATEGORIES),
    sensitivity: o.sensitivity ?? DEFAULT_SENSITIVITY,
    customPhrases: o.customPhrases ?? [],
    ignoredRules: new Set(o.ignoredRules ?? []),
    kind: o.kind,
  };
}

const SHOWN: Record<Sensitivity, Set<string>> = {
  low: new Set(['strong']),
  medium: new Set(['warning', 'strong']),
  high: new Set(['hint', 'warning', 'strong']),
};
export function severityShown(sensitivity: Sensitivity, severity: string): boolean {
  return SHOWN[sensitivity].has(severity);
}
