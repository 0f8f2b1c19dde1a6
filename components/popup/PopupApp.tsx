import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { CATEGORIES } from '../../analyzers/types';
import { setEnabled, setSiteEnabled } from '../../settings/actions';
import { getPageCounts, type PageCounts } from '../../settings/page-counts';
import { builtInSiteFor } from '../../settings/sites';
import { enableSite } from '../../sites/opt-in';
import { loadSettingsState, watchSettingsState, type SettingsState } from '../../settings/state';
import { CATEGORY_LABEL } from '../options/strings';
import { LockNote } from '../options/LockNote';
import { Switch } from '../options/Switch';
import { Logo } from '../options/Logo';
import { P } from './strings';

interface Target {
  tabId: number | null;
  /** The tab's URL (for turning coaching on for its site). */
  url: string | null;
  hostname: string | null;
  /** Whether coaching can run there: a built-in site or one the user granted. */
  coached: boolean;
}

/**
 * The tab the popup is about: the active tab, or `?tab=ID` when the popup page is opened in a tab
 * of its own (tests, and the "pop out" some browsers offer).
 */
async function findTarget(): Promise<Target> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  const tab = Number.isInteger(param) && param > 0 ? await browser.tabs.get(param) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  // A popup opened in a tab of its own has no activeTab grant, so the tab's URL can be unknown:
  // `&url=` says which page it is about (tests drive the opt-in flow this way).
  const tabUrl = tab?.url ?? (param > 0 ? new URLSearchParams(location.search).get('url') : null) ?? undefined;
  if (!tabUrl || !/^https?:/.test(tabUrl)) return { tabId: tab?.id ?? null, url: null, hostname: null, coached: false };
  const url = new URL(tabUrl);
  let coached = builtInSiteFor(url.hostname) !== null;
  if (!coached) {
    coached = await browser.permissions.contains({ origins: [`${url.origin}/*`] }).catch(() => false);
  }
  return { tabId: tab.id ?? null, url: tabUrl, hostname: url.hostname, coached };
}

async function openSidePanel(tabId: number | null): Promise<void> {
  const b = browser as unknown as {
    sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (b.sidePanel && tabId !== null) await b.sidePanel.open({ tabId });
  else if (b.sidebarAction) await b.sidebarAction.open();
  window.close();
}

function hasSidePanel(): boolean {
  const m = browser.runtime.getManifest() as { side_panel?: unknown; sidebar_action?: unknown };
  return !!(m.side_panel || m.sidebar_action);
}

export function PopupApp() {
  const [state, setState] = useState<SettingsState | null>(null);
  const [target, setTarget] = useState<Target | null>(null);
  const [counts, setCounts] = useState<PageCounts | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void loadSettingsState().then(setState, (e) => setError(String(e)));
    void findTarget().then(async (t) => {
      setTarget(t);
      if (t.tabId !== null) setCounts(await getPageCounts(t.tabId));
    }, (e) => setError(String(e)));
    return watchSettingsState(setState);
  }, []);

  const act = (change: () => Promise<void>) =>
    void change().then(
      () => loadSettingsState().then(setState),
      (e) => setError(e instanceof Error ? e.message : String(e)),
    );

  if (!state || !target) return <div className="popup">{error ?? P.loading}</div>;
  const eff = state.effective;
  const host = target.hostname;
  const siteOn = host !== null && eff.enabled && !eff.disabledSites.includes(host);
  const total = counts?.findings ?? 0;

  return (
    <div className="popup">
      <header className="popup-head">
        <Logo />
        <h1>{P.title}</h1>
      </header>

      {!eff.enabled ? (
        <div className="callout">
          <span>{P.offEverywhere}</span>
          <button type="button" className="button primary" disabled={!!eff.lockedBy.enabled} onClick={() => act(() => setEnabled(true))}>
            {P.turnOnEverywhere}
          </button>
        </div>
      ) : null}

      {host === null ? <p className="muted">{P.noPage}</p> : null}
      {host !== null && !target.coached ? (
        <div className="muted">
          <p>{P.notCoached}</p>
          <p className="small">{P.notCoachedHint}</p>
          {target.url ? (
            <button
              type="button"
              className="button primary"
              data-testid="popup-enable-site"
              // enableSite asks the browser for this one site first, while the click still counts.
              onClick={() =>
                void enableSite(target.url!).then((r) => (r.ok ? setTarget({ ...target, coached: true }) : setError(r.message)))
              }
            >
              {P.turnOnHere(host)}
            </button>
          ) : null}
        </div>
      ) : null}
      {host !== null && target.coached ? (
        <>
          <div className="site-switch">
            <Switch
              checked={!eff.disabledSites.includes(host)}
              disabled={!!eff.lockedBy.disabledSites}
              label={P.siteOn(host)}
              showLabel
              onChange={(on) => act(() => setSiteEnabled(host, on))}
            />
            <LockNote lock={eff.lockedBy.disabledSites} />
          </div>
          {siteOn ? (
            <section className="counts" aria-label={P.counts}>
              <h2>{P.counts}</h2>
              {counts === null ? (
                <p className="muted">{P.noCounts}</p>
              ) : (
                <>
                  <p className="big" data-testid="popup-findings">
                    {total > 0 ? P.findings(total) : P.noFindings}
                  </p>
                  {total > 0 ? (
                    <ul className="cat-counts">
                      {CATEGORIES.filter((c) => (counts.byCategory[c] ?? 0) > 0).map((c) => (
                        <li key={c}>
                          <span className={`cat-dot cat-${c}`} aria-hidden="true" />
                          {CATEGORY_LABEL[c]} <strong>{counts.byCategory[c]}</strong>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <p className="muted small">
                    {P.questions(counts.questions)} · {P.editors(counts.editors)}
                  </p>
                </>
              )}
            </section>
          ) : (
            <p className="muted">{P.offHere}</p>
          )}
        </>
      ) : null}
      {error ? <p className="error" role="alert">{error}</p> : null}

      <footer className="popup-links">
        {hasSidePanel() ? (
          <button type="button" className="button" onClick={() => void openSidePanel(target.tabId).catch((e) => setError(String(e)))}>
            {P.sidePanel}
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}>
          {P.options}
        </button>
      </footer>
    </div>
  );
}
