import type { CatalogRule } from './rule-catalog';
import { MarkedExample } from './MarkedExample';
import { Switch } from './Switch';
import { CATEGORY_LABEL, QUESTION_SHORT, S, SEVERITY_LABEL } from './strings';

export interface RuleCardProps {
  rule: CatalogRule;
  /** The user's switch for this rule. */
  on: boolean;
  categoryOn: boolean;
  locked: boolean;
  onToggle(next: boolean): void;
}

export function RuleCard({ rule, on, categoryOn, locked, onToggle }: RuleCardProps) {
  const active = on && categoryOn && !rule.offByPack;
  return (
    <article className={`rule-card${active ? '' : ' is-off'}`} data-rule-id={rule.id} aria-label={rule.id}>
      <header className="rule-head">
        <div className="rule-title">
          <span className={`cat-dot cat-${rule.category}`} aria-hidden="true" />
          <span className="rule-category">{CATEGORY_LABEL[rule.category]}</span>
          <span className={`severity sev-${rule.severity}`}>{SEVERITY_LABEL[rule.severity]}</span>
          <code className="rule-id">{rule.id}</code>
          <span className={`source${rule.pack ? ' is-team' : ''}`}>{rule.pack ? S.rules.teamRule(rule.pack) : S.rules.builtIn}</span>
        </div>
        <Switch checked={on && !rule.offByPack} disabled={locked || rule.offByPack} label={S.rules.ruleOn(rule.id)} onChange={onToggle} />
      </header>
      <p className="rule-message">{rule.message}</p>
      {rule.offByPack ? <p className="rule-state">{S.rules.offByPack(rule.pack ?? '')}</p> : null}
      {!categoryOn && !rule.offByPack ? <p className="rule-state">{S.rules.offByCategory}</p> : null}
      <details className="rule-details">
        <summary>{S.rules.why}</summary>
        <p className="rule-why">{rule.why}</p>
        {rule.alternatives.length ? (
          <div className="rule-block">
            <h4>{S.rules.instead}</h4>
            <ul className="alternatives">
              {rule.alternatives.map((a, i) =>
                a.kind === 'rewrite' ? (
                  <li key={i} className="alt-rewrite">
                    {a.text}
                  </li>
                ) : (
                  <li key={i} className="alt-question" title={a.text}>
                    <span className="alt-ask">{S.rules.askQuestion}</span> {a.text}
                    <span className="alt-topic"> ({QUESTION_SHORT[a.id]})</span>
                  </li>
                ),
              )}
            </ul>
          </div>
        ) : null}
        <div className="examples">
          <div className="rule-block">
            <h4>{S.rules.flags}</h4>
            <ul className="example-list is-flag">
              {rule.flag.map((e, i) => (
                <li key={i}>
                  <MarkedExample example={e} />
                </li>
              ))}
            </ul>
          </div>
          <div className="rule-block">
            <h4>{S.rules.passes}</h4>
            <ul className="example-list is-pass">
              {rule.pass.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          </div>
        </div>
      </details>
    </article>
  );
}
