/**
 * What a built-in rule says about its findings: the message, why it costs trust, and kinder
 * alternatives. The page scripts' rules carry only what finds (build/rule-fields.ts), so their
 * findings arrive with these empty; the coach UI bundle carries this half and fills them in
 * (the session asks through `explain`). Findings of team-pack rules and custom phrases carry
 * their own words and pass through unchanged.
 */
import type { Alternative, Finding } from '../analyzers/types';
import { QUESTION_TEXT } from '../analyzers/question-text';
import { BUILT_IN_RULES } from '../rules/index';

type RuleText = Pick<Finding, 'message' | 'why' | 'alternatives'>;

let table: Map<string, RuleText> | null = null;

function texts(): Map<string, RuleText> {
  table ??= new Map(
    BUILT_IN_RULES.map((r) => [
      r.id,
      {
        message: r.spec.message,
        why: r.spec.why,
        // As the engine compiles them (analyzers/compile.ts): a question without its own wording gets the standard one.
        alternatives: r.spec.alternatives.map((a): Alternative => ('rewrite' in a ? { kind: 'rewrite', text: a.rewrite } : { kind: 'question', questionId: a.question, text: a.text ?? QUESTION_TEXT[a.question] })),
      },
    ]),
  );
  return table;
}

export function explainFinding<F extends Finding>(f: F): F {
  const t = texts().get(f.ruleId);
  return t ? { ...f, message: t.message, why: t.why, alternatives: t.alternatives } : f;
}
