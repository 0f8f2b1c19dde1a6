import { useDeferredValue, useMemo, useState } from 'react';
import { CATEGORIES, type Category } from '../../analyzers/types';
import { setCategoryEnabled, setRuleEnabled } from '../../settings/actions';
import { useOptionsStore } from './options-store';
import { buildCatalog, searchCatalog } from './rule-catalog';
import { LockNote } from './LockNote';
import { RuleCard } from './RuleCard';
import { Section } from './Section';
import { Switch } from './Switch';
import { CATEGORY_DESCRIPTION, CATEGORY_LABEL, S } from './strings';

export function RulesSection() {
  const state = useOptionsStore((s) => s.state);
  const run = useOptionsStore((s) => s.run);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<Category | null>(null);
  const deferred = useDeferredValue(query);
  const pack = state?.effective.pack ?? null;
  const catalog = useMemo(() => buildCatalog({ pack }), [pack]);
  const shown = useMemo(() => searchCatalog(catalog, deferred, category), [catalog, deferred, category]);
  if (!state) return null;
  const eff = state.effective;
  const catLock = eff.lockedBy.categories;
  const ruleLock = eff.lockedBy.disabledRules;
  const disabled = new Set(eff.disabledRules);
  const counts = new Map<Category, number>();
  for (const r of catalog) counts.set(r.category, (counts.get(r.category) ?? 0) + 1);

  return (
    <Section id="rules" title={S.rules.heading} intro={S.rules.intro}>
      <div className="subhead">
        <h3>{S.rules.categories}</h3>
        <LockNote lock={catLock} />
      </div>
      <ul className="category-grid">
        {CATEGORIES.map((c) => (
          <li key={c} className={`category-tile${eff.categories.includes(c) ? '' : ' is-off'}`}>
            <div className="category-tile-head">
              <span className={`cat-dot cat-${c}`} aria-hidden="true" />
              <span className="category-name">{CATEGORY_LABEL[c]}</span>
              <Switch
                checked={eff.categories.includes(c)}
                disabled={!!catLock}
                label={S.rules.categoryOn(c)}
                onChange={(on) => void run(() => setCategoryEnabled(c, on))}
              />
            </div>
            <p className="category-desc">{CATEGORY_DESCRIPTION[c]}</p>
            <span className="category-count">{S.rules.rulesInCategory(counts.get(c) ?? 0)}</span>
          </li>
        ))}
      </ul>

      <div className="rule-toolbar">
        <label className="search">
          <span className="visually-hidden">{S.rules.search}</span>
          <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
            <path d="M8.5 3a5.5 5.5 0 0 1 4.38 8.83l3.4 3.4-1.06 1.06-3.4-3.4A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z" fill="currentColor" />
          </svg>
          <input type="search" value={query} placeholder={S.rules.searchPlaceholder} aria-label={S.rules.search} onChange={(e) => setQuery(e.currentTarget.value)} />
        </label>
        <div className="chips" role="group" aria-label={S.rules.categories}>
          <button type="button" className={`chip${category === null ? ' is-active' : ''}`} aria-pressed={category === null} onClick={() => setCategory(null)}>
            {S.rules.allCategories}
          </button>
          {CATEGORIES.map((c) => (
            <button key={c} type="button" className={`chip${category === c ? ' is-active' : ''}`} aria-pressed={category === c} onClick={() => setCategory(category === c ? null : c)}>
              <span className={`cat-dot cat-${c}`} aria-hidden="true" />
              {CATEGORY_LABEL[c]}
            </button>
          ))}
        </div>
      </div>
      <div className="subhead">
        <p className="count" aria-live="polite">
          {S.rules.showing(shown.length, catalog.length)}
        </p>
        <LockNote lock={ruleLock} />
      </div>
      {shown.length === 0 ? <p className="empty">{S.rules.none}</p> : null}
      <div className="rule-list">
        {shown.map((r) => (
          <RuleCard
            key={r.id}
            rule={r}
            on={!disabled.has(r.id)}
            categoryOn={eff.categories.includes(r.category)}
            locked={!!ruleLock}
            onToggle={(on) => void run(() => setRuleEnabled(r.id, on))}
          />
        ))}
      </div>
    </Section>
  );
}
