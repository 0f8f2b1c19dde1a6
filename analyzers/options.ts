import { CATEGORIES, SENSITIVITIES, SEVERITIES, type AnalyzeOptions, type Category, type CustomPhrase, type Sensitivity } from './types';

/*
 * Options are checked by hand rather than with a schema library: the engine ships inside every
 * content script, and a few dozen lines here keep ~60 KB of validator out of the page.
 * (Team packs and stored settings, which are larger and live on extension pages, use zod.)
 */

export class OptionsError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid options: ${issues.join('; ')}`);
    this.name = 'OptionsError';
  }
}

const KINDS = ['email', 'note', 'snippet'] as const;
const KEYS = new Set(['categories', 'sensitivity', 'customPhrases', 'ignoredRules', 'kind']);

function oneOf(list: readonly string[]): string {
  return `must be one of ${list.join(', ')}`;
}

function show(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

/** Each issue names the field and the reason: `customPhrases[2].category: "urgncy" must be one of …`. */
function validate(o: Record<string, unknown>): string[] {
  const issues: string[] = [];
  for (const k of Object.keys(o)) if (!KEYS.has(k)) issues.push(`${k}: unknown option`);
  const { categories, sensitivity, customPhrases, ignoredRules, kind } = o;
  if (categories !== undefined) {
    if (!Array.isArray(categories)) issues.push('categories: must be a list');
    else categories.forEach((c, i) => CATEGORIES.includes(c) || issues.push(`categories[${i}]: ${show(c)} ${oneOf(CATEGORIES)}`));
  }
  if (sensitivity !== undefined && !SENSITIVITIES.includes(sensitivity as Sensitivity)) issues.push(`sensitivity: ${show(sensitivity)} ${oneOf(SENSITIVITIES)}`);
  if (kind !== undefined && !KINDS.includes(kind as (typeof KINDS)[number])) issues.push(`kind: ${show(kind)} ${oneOf(KINDS)}`);
  if (ignoredRules !== undefined && (!Array.isArray(ignoredRules) || ignoredRules.some((r) => typeof r !== 'string'))) {
    issues.push('ignoredRules: must be a list of rule ids');
  }
  if (customPhrases !== undefined) {
    if (!Array.isArray(customPhrases)) issues.push('customPhrases: must be a list');
    else {
      if (customPhrases.length > 500) issues.push('customPhrases: at most 500 custom phrases');
      customPhrases.forEach((cp: unknown, i) => {
        const at = `customPhrases[${i}]`;
        if (typeof cp !== 'object' || cp === null) return issues.push(`${at}: must be an object with phrase, category and message`);
        const { phrase, category, message, severity } = cp as Record<string, unknown>;
        if (typeof phrase !== 'string' || phrase.trim().length < 2) issues.push(`${at}.phrase: must be at least 2 characters`);
        else if (phrase.length > 200) issues.push(`${at}.phrase: must be at most 200 characters`);
        if (!CATEGORIES.includes(category as Category)) issues.push(`${at}.category: ${show(category)} ${oneOf(CATEGORIES)}`);
        if (typeof message !== 'string' || message.trim().length === 0) issues.push(`${at}.message: must not be empty`);
        else if (message.length > 200) issues.push(`${at}.message: must be at most 200 characters`);
        if (severity !== undefined && !SEVERITIES.includes(severity as CustomPhrase['severity'] & string)) issues.push(`${at}.severity: ${show(severity)} ${oneOf(SEVERITIES)}`);
        return undefined;
      });
    }
  }
  return issues;
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
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw new OptionsError(['(root): options must be an object']);
  }
  const raw = (options ?? {}) as Record<string, unknown>;
  const issues = validate(raw);
  if (issues.length) throw new OptionsError(issues);
  const o = raw as AnalyzeOptions;
  return {
    categories: new Set(o.categories ?? CATEGORIES),
    sensitivity: o.sensitivity ?? DEFAULT_SENSITIVITY,
    customPhrases: (o.customPhrases ?? []).map((cp) => ({ ...cp, phrase: cp.phrase.trim(), message: cp.message.trim() })),
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
