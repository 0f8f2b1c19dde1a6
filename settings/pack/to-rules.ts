/** A validated pack's rules as engine rules, in the same vocabulary as rules/<category>/<name>.ts. */
import type { LoadedRule } from '../../analyzers/compile';
import type { GuardName } from '../../analyzers/context';
import type { RuleSpec } from '../../rules/define-rule';
import type { Pack, PackRule } from './schema';
import { phraseToPattern } from './patterns';

/** Team rules live under their own prefix so they can't collide with built-in ids. */
export const TEAM_PREFIX = 'team/';

export function teamRuleId(rule: Pick<PackRule, 'id'>): string {
  return `${TEAM_PREFIX}${rule.id}`;
}

/** The match strings of a rule: phrases (as words) first, then patterns, in file order. */
export function matchStrings(rule: PackRule): string[] {
  const fromPhrases = (rule.phrases ?? []).flatMap((p) => {
    const r = phraseToPattern(p);
    return 'pattern' in r ? [r.pattern] : [];
  });
  return [...fromPhrases, ...(rule.patterns ?? [])];
}

export function packRuleToLoaded(rule: PackRule): LoadedRule {
  const spec: RuleSpec = {
    match: matchStrings(rule),
    unless: (rule.unless ?? []) as GuardName[],
    severity: rule.severity,
    message: rule.message,
    why: rule.why,
    alternatives: (rule.alternatives ?? []).map((a) =>
      a.question !== undefined ? { question: a.question, ...(a.text !== undefined ? { text: a.text } : {}) } : { rewrite: a.rewrite ?? '' },
    ),
    examples: { flag: rule.examples.flag, pass: rule.examples.pass },
  };
  return { id: teamRuleId(rule), category: rule.category, spec };
}

export function packToRules(pack: Pack): LoadedRule[] {
  return pack.rules.map(packRuleToLoaded);
}
