/**
 * The Firefox build in real Firefox: Debian's firefox-esr, headless, driven over Marionette.
 * Installs .output/firefox-mv3 as a temporary add-on, opens its options page, changes a setting
 * and sees it survive a reload. Firefox rejects managed-storage reads when no policy is
 * installed, so a page that loads at all shows that case is handled.
 *
 * Needs `apt-get install -y firefox-esr` and `npm run build:firefox`; skipped (and says so)
 * where firefox-esr is not installed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness';
import { Marionette } from './marionette';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = process.env.CARE_COACH_FIREFOX_DIR ?? join(ROOT, '.output', 'firefox-mv3');
const ADDON_ID = 'care-coach@care-coach';
/** Firefox gives each add-on a random moz-extension:// host; this pref fixes ours for the test. */
const UUID = '6f1c2a4e-9a55-4d1b-8c3e-2b7d5e0c9a11';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.once('error', reject);
  });
}

async function poll<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await fn();
  while (!ok(last)) {
    if (Date.now() > deadline) return last;
    await new Promise((r) => setTimeout(r, 250));
    last = await fn();
  }
  return last;
}

describe.skipIf(!existsSync(FIREFOX))('Firefox (firefox-esr)', () => {
  let firefox: ChildProcess | undefined;
  let m: Marionette;
  let profile = '';
  let host = '';

  beforeAll(async () => {
    if (!existsSync(join(BUILD, 'manifest.json'))) throw new Error(`No Firefox build at ${BUILD}: run "npm run build:firefox" first.`);
    profile = mkdtempSync(join(tmpdir(), 'care-coach-ff-'));
    const port = await freePort();
    // A quiet profile: no first-run pages, no update or telemetry attempts (there is no network anyway).
    writeFileSync(
      join(profile, 'user.js'),
      [
        `user_pref("marionette.port", ${port});`,
        'user_pref("browser.shell.checkDefaultBrowser", false);',
        'user_pref("browser.startup.homepage_override.mstone", "ignore");',
        'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
        'user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);',
        'user_pref("app.update.disabledForTesting", true);',
        'user_pref("extensions.getAddons.cache.enabled", false);',
        'user_pref("browser.discovery.enabled", false);',
        `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [ADDON_ID]: UUID }))});`,
      ].join('\n'),
    );
    firefox = spawn(FIREFOX, ['--headless', '--marionette', '-remote-allow-system-access', '--no-remote', '-profile', profile, 'about:blank'], { stdio: 'ignore' });
    m = await Marionette.connect(port, 45_000);
    await m.send('WebDriver:NewSession', { capabilities: {} });
    const installed = await m.send<{ value: string }>('Addon:Install', { path: BUILD, temporary: true });
    expect(installed.value).toBe(ADDON_ID);
    host = UUID;
  }, 90_000);

  afterAll(async () => {
    m?.close();
    if (firefox && firefox.exitCode === null) {
      firefox.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      if (firefox.exitCode === null) firefox.kill('SIGKILL');
    }
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const run = async <T>(script: string): Promise<T> => (await m.send<{ value: T }>('WebDriver:ExecuteScript', { script, args: [] })).value;

  /**
   * WebDriver may not navigate a tab to moz-extension:// pages, so the browser window opens it,
   * as the add-ons manager's "Options" button would. (Needs -remote-allow-system-access.)
   */
  async function openExtensionPage(path: string): Promise<void> {
    await m.send('Marionette:SetContext', { value: 'chrome' });
    await m.send('WebDriver:ExecuteScript', { script: 'openTrustedLinkIn(arguments[0], "current"); return true;', args: [`moz-extension://${host}/${path}`] });
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
