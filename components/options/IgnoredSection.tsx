import { useMemo } from 'react';
import { BUILT_IN_RULES } from '../../rules/index';
import { restoreIgnored, setRuleEnabled, unignore } from '../../settings/actions';
import { packToRules } from '../../settings/pack/to-rules';
import { useOptionsStore } from './options-store';
import { LockNote } from './LockNote';
import { Section } from './Section';
import { S } from './strings';

export function IgnoredSection() {
  const state = useOptionsStore((s) => s.state);
  const run = useOptionsStore((s) => s.run);
  const pack = state?.effective.pack?.pack ?? null;
  const messages = useMemo(() => {
    const m = new Map<string, string>();
    for (const r of [...BUILT_IN_RULES, ...(pack ? packToRules(pack) : [])]) m.set(r.id, r.spec.message);
    return m;
  }, [pack]);
  if (!state) return null;
  const eff = state.effective;
  const lock = eff.lockedBy.disabledRules;
  const ignored = [...eff.ignored].sort((a, b) => b.at - a.at);
  return (
    <Section id="ignored" title={S.ignored.heading} intro={S.ignored.intro}>
      <div className="two-col">
        <div className="panel">
          <div className="subhead">
            <h3>{S.ignored.rulesOff}</h3>
            <LockNote lock={lock} />
          </div>
          {eff.disabledRules.length === 0 ? (
            <p className="empty">{S.ignored.noRulesOff}</p>
          ) : (
            <ul className="item-list" aria-label={S.ignored.rulesOff}>
              {eff.disabledRules.map((id) => (
                <li key={id} className="item">
                  <div>
                    <code className="rule-id">{id}</code>
                    <span className="item-detail">{messages.get(id) ?? S.ignored.unknownRule}</span>
                  </div>
                  <button
                    type="button"
                    className="button subtle"
                    disabled={!!lock}
                    onClick={() => void run(() => setRuleEnabled(id, true), { undo: { text: `${id} is back on.`, undo: () => setRuleEnabled(id, false) } })}
                  >
                    {S.ignored.restore}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="panel">
          <div className="subhead">
            <h3>{S.ignored.wording}</h3>
          </div>
          {ignored.length === 0 ? (
            <p className="empty">{S.ignored.noWording}</p>
          ) : (
            <ul className="item-list" aria-label={S.ignored.wording}>
              {ignored.map((item) => (
                <li key={`${item.ruleId}\u0000${item.text}`} className="item">
                  <div>
                    <q className="item-text">{item.text}</q>
                    <code className="rule-id">{item.ruleId}</code>
                  </div>
                  <button
                    type="button"
                    className="button subtle"
                    onClick={() => void run(() => unignore(item), { undo: { text: `\u201c${item.text}\u201d is flagged again.`, undo: () => restoreIgnored(item) } })}
                  >
                    {S.ignored.restore}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </Section>
  );
}
