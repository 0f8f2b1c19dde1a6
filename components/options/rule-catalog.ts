/** The rules as the options page lists them: built-in and team rules, searchable. */
import type { LoadedRule } from '../../analyzers/compile';
import { QUESTION_TEXT } from '../../analyzers/question-text';
import type { Category, QuestionId, Severity } from '../../analyzers/types';
import { BUILT_IN_RULES } from '../../rules/index';
import type { EffectiveSettings } from '../../settings/model';
import { packToRules } from '../../settings/pack/to-rules';
import { CATEGORY_LABEL } from './strings';

export type CatalogAlternative = { kind: 'rewrite'; text: string } | { kind: 'question'; id: QuestionId; text: string };

export interface CatalogRule {
  id: string;
  category: Category;
  severity: Severity;
  message: string;
  why: string;
  alternatives: CatalogAlternative[];
  flag: string[];
  pass: string[];
  /** null for built-in rules, else the team pack's name. */
  pack: string | null;
  /** Turned off by the team pack (it can't be turned back on here). */
  offByPack: boolean;
  /** Lower-cased text the search looks through. */
  haystack: string;
}

function toCatalog(rule: LoadedRule, pack: string | null, offByPack: boolean): CatalogRule {
  const { spec } = rule;
  const alternatives: CatalogAlternative[] = spec.alternatives.map((a) =>
    'rewrite' in a ? { kind: 'rewrite', text: a.rewrite } : { kind: 'question', id: a.question, text: a.text ?? QUESTION_TEXT[a.question] },
  );
  const flag = spec.examples.flag;
  const pass = spec.examples.pass;
  const haystack = [rule.id, CATEGORY_LABEL[rule.category], spec.severity, spec.message, spec.why, ...alternatives.map((a) => a.text), ...flag, ...pass, pack ?? '']
    .join('\n')
    .replace(/\[\[|\]\]/g, '')
    .toLowerCase();
  return { id: rule.id, category: rule.category, severity: spec.severity, message: spec.message, why: spec.why, alternatives, flag, pass, pack, offByPack, haystack };
}

export function buildCatalog(s: Pick<EffectiveSettings, 'pack'>, builtIns: LoadedRule[] = BUILT_IN_RULES): CatalogRule[] {
  const pack = s.pack?.pack ?? null;
  const off = new Set(pack?.disable ?? []);
  return [
    ...builtIns.map((r) => toCatalog(r, null, off.has(r.id))),
    ...(pack ? packToRules(pack).map((r) => toCatalog(r, pack.name, false)) : []),
  ];
}

/** Rules whose text contains every word of the query, in the chosen category. */
export function searchCatalog(rules: CatalogRule[], query: string, category: Category | null): CatalogRule[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return rules.filter((r) => (category === null || r.category === category) && words.every((w) => r.haystack.includes(w)));
}
