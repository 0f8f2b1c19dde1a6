import { useEffect } from 'react';
import { setEnabled } from '../../settings/actions';
import { useOptionsStore, watchOptionsState } from './options-store';
import { IgnoredSection } from './IgnoredSection';
import { LockNote } from './LockNote';
import { Logo } from './Logo';
import { Notices } from './Notices';
import { PackSection } from './PackSection';
import { PhrasesSection } from './PhrasesSection';
import { PrivacySection } from './PrivacySection';
import { RulesSection } from './RulesSection';
import { SensitivitySection } from './SensitivitySection';
import { SitesSection } from './SitesSection';
import { Switch } from './Switch';
import { UndoBar } from './UndoBar';
import { S } from './strings';

const NAV: Array<[string, string]> = [
  ['sensitivity', S.nav.sensitivity],
  ['rules', S.nav.rules],
  ['sites', S.nav.sites],
  ['ignored', S.nav.ignored],
  ['phrases', S.nav.phrases],
  ['pack', S.nav.pack],
  ['privacy', S.nav.privacy],
];

export function OptionsApp() {
  const state = useOptionsStore((s) => s.state);
  const loadError = useOptionsStore((s) => s.loadError);
  const load = useOptionsStore((s) => s.load);
  const run = useOptionsStore((s) => s.run);

  useEffect(() => {
    void load();
    return watchOptionsState();
  }, [load]);

  const eff = state?.effective;
  return (
    <div className="page">
      <header className="topbar">
        <div className="brand">
          <Logo />
          <div>
            <h1>{S.title}</h1>
            <p className="tagline">{S.tagline}</p>
          </div>
        </div>
        {eff ? (
          <div className="master">
            <Switch checked={eff.enabled} disabled={!!eff.lockedBy.enabled} label={S.coachingOn} showLabel onChange={(on) => void run(() => setEnabled(on))} />
            <LockNote lock={eff.lockedBy.enabled} />
          </div>
        ) : null}
      </header>
      <div className="layout">
        <nav className="sidenav" aria-label="Sections">
          <ul>
            {NAV.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main className="content">
          {loadError ? (
            <p className="problems is-error" role="alert">
              {S.loadFailed} {loadError}
            </p>
          ) : null}
          {!state && !loadError ? <p className="empty">{S.loading}</p> : null}
          {state ? (
            <>
              <Notices />
              {!state.effective.enabled ? <p className="banner">{S.coachingOffEverywhere}</p> : null}
              <SensitivitySection />
              <RulesSection />
              <SitesSection />
              <IgnoredSection />
              <PhrasesSection />
              <PackSection />
              <PrivacySection />
            </>
          ) : null}
        </main>
      </div>
      <UndoBar />
    </div>
  );
}
