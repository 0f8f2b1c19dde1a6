/**
 * The Firefox build in real Firefox: Debian's firefox-esr, headless, driven over Marionette.
 * Installs .output/firefox-mv3 as a temporary add-on, opens its options page, changes a setting
 * and sees it survive a reload. Firefox rejects managed-storage reads when no policy is
 * installed, so a page that loads at all shows that case is handled.
 *
 * Needs `apt-get install -y firefox-esr` and `npm run build:firefox`; skipped (and says so)
 * where firefox-esr is not installed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_BUILD, HAS_FIREFOX, launchFirefox, poll, requireFirefoxBuild, type RunningFirefox } from './firefox';
import type { Marionette } from './marionette';

const ADDON_ID = 'care-coach@care-coach';
/** Firefox gives each add-on a random moz-extension:// host; this pref fixes ours for the test. */
const UUID = '6f1c2a4e-9a55-4d1b-8c3e-2b7d5e0c9a11';

describe.skipIf(!HAS_FIREFOX)('Firefox (firefox-esr)', () => {
  let ff: RunningFirefox | undefined;
  let m: Marionette;

  beforeAll(async () => {
    requireFirefoxBuild();
    ff = await launchFirefox(FIREFOX_BUILD, [`user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [ADDON_ID]: UUID }))});`]);
    m = ff.m;
    expect(ff.addonId).toBe(ADDON_ID);
  }, 90_000);

  afterAll(async () => {
    await ff?.close();
  });

  const run = async <T>(script: string): Promise<T> => (await m.send<{ value: T }>('WebDriver:ExecuteScript', { script, args: [] })).value;

  /**
   * WebDriver may not navigate a tab to moz-extension:// pages, so the browser window opens it,
   * as the add-ons manager's "Options" button would. (Needs -remote-allow-system-access.)
   */
  async function openExtensionPage(path: string): Promise<void> {
    await m.send('Marionette:SetContext', { value: 'chrome' });
    await m.send('WebDriver:ExecuteScript', { script: 'openTrustedLinkIn(arguments[0], "current"); return true;', args: [`moz-extension://${UUID}/${path}`] });
    await m.send('Marionette:SetContext', { value: 'content' });
  }

  it('installs as a temporary add-on and its options page lists the rules', async () => {
    await openExtensionPage('options.html');
    const cards = await poll(() => run<number>("return document.querySelectorAll('.rule-card').length;"), (n) => n > 0);
    expect(cards).toBeGreaterThan(10);
    expect(await run<string>("return document.querySelector('h1').textContent;")).toBe('Care Coach settings');
    // No policy installed: Firefox rejected the managed read, and the page says nothing about it.
    expect(await run<number>("return document.querySelectorAll('.notices').length;")).toBe(0);
  });

  it('a setting changed there survives a reload', async () => {
    await run("document.querySelector('input[name=sensitivity][value=high]').click(); return true;");
    const checked = await poll(() => run<boolean>("return document.querySelector('input[name=sensitivity][value=high]').checked;"), (v) => v);
    expect(checked).toBe(true);
    // Mark this document so the wait below sees the reloaded one, not this one.
    await run("document.documentElement.dataset.stale = '1'; return true;");
    await openExtensionPage('options.html');
    const fresh = await poll(
      () => run<boolean>("return !document.documentElement.dataset.stale && document.querySelectorAll('.rule-card').length > 0;").catch(() => false),
      (v) => v,
    );
    expect(fresh).toBe(true);
    expect(await run<boolean>("return document.querySelector('input[name=sensitivity][value=high]').checked;")).toBe(true);
  });
});
