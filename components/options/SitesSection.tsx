import { useState, type FormEvent } from 'react';
import { setSiteEnabled, toHostname } from '../../settings/actions';
import { BUILT_IN_SITES } from '../../settings/sites';
import { useOptionsStore } from './options-store';
import { LockNote } from './LockNote';
import { Section } from './Section';
import { Switch } from './Switch';
import { S } from './strings';

/** Gmail has one hostname, so it gets a switch; CRM tenants differ per company (switch them from the toolbar button there). */
const SITES = BUILT_IN_SITES.map((s) => ({
  name: s.name,
  hosts: s.patterns.map((p) => p.replace(/^https:\/\//, '').replace(/\/\*$/, '')).join(', '),
  host: s.patterns.length === 1 && !s.patterns[0].includes('*.') ? s.patterns[0].replace(/^https:\/\//, '').replace(/\/\*$/, '') : null,
}));

export function SitesSection() {
  const state = useOptionsStore((s) => s.state);
  const run = useOptionsStore((s) => s.run);
  const say = useOptionsStore((s) => s.say);
  const [site, setSite] = useState('');
  if (!state) return null;
  const eff = state.effective;
  const lock = eff.lockedBy.disabledSites;

  const add = async (e: FormEvent) => {
    e.preventDefault();
    let host: string;
    try {
      host = toHostname(site);
    } catch (err) {
      say('error', err instanceof Error ? err.message : String(err));
      return;
    }
    if (await run(() => setSiteEnabled(host, false), { undo: { text: `Coaching off on ${host}.`, undo: () => setSiteEnabled(host, true) } })) setSite('');
  };

  return (
    <Section id="sites" title={S.sites.heading} intro={S.sites.intro} aside={<LockNote lock={lock} />}>
      <h3 className="small-heading">{S.sites.builtIn}</h3>
      <ul className="site-list">
        {SITES.map((s) => (
          <li key={s.name} className="site-row">
            <div>
              <span className="site-name">{s.name}</span>
              <span className="site-hosts">{s.hosts}</span>
            </div>
            {s.host ? (
              <Switch
                checked={!eff.disabledSites.includes(s.host)}
                disabled={!!lock}
                label={S.sites.siteOn(s.host)}
                onChange={(on) => void run(() => setSiteEnabled(s.host as string, on))}
              />
            ) : null}
          </li>
        ))}
      </ul>
      <h3 className="small-heading">{S.sites.off}</h3>
      {eff.disabledSites.length === 0 ? (
        <p className="empty">{S.sites.noneOff}</p>
      ) : (
        <ul className="chip-list">
          {eff.disabledSites.map((h) => (
            <li key={h} className="removable">
              <span>{h}</span>
              <button
                type="button"
                className="link-button"
                disabled={!!lock}
                onClick={() => void run(() => setSiteEnabled(h, true), { undo: { text: `Coaching back on for ${h}.`, undo: () => setSiteEnabled(h, false) } })}
              >
                {S.sites.turnOn}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={(e) => void add(e)}>
        <label>
          <span className="field-label">{S.sites.add}</span>
          <input type="text" value={site} disabled={!!lock} placeholder={S.sites.addPlaceholder} onChange={(e) => setSite(e.currentTarget.value)} />
        </label>
        <button type="submit" className="button" disabled={!!lock || !site.trim()}>
          {S.sites.addButton}
        </button>
      </form>
    </Section>
  );
}
