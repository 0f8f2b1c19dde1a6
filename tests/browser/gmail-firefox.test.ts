/**
 * The coach UI injection in real Firefox (Debian's firefox-esr over Marionette): the Gmail page
 * script asks the background, which injects coach-ui.js into the script's own sandbox, and the
 * React badge shows the first analysis. Marionette can't serve pages at mail.google.com, so a
 * copy of the Firefox build also matches a local fixture server (only in that temporary copy).
 *
 * Needs `apt-get install -y firefox-esr` and `npm run build:firefox`; skipped (and says so)
 * where firefox-esr is not installed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness';
import { Marionette } from './marionette';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = process.env.CARE_COACH_FIREFOX_DIR ?? join(ROOT, '.output', 'firefox-mv3');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createNetServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.once('error', reject);
  });
}

interface BadgeState {
  score: string | null;
  findings: string | null;
  fallback: string | null;
}

describe.skipIf(!existsSync(FIREFOX))('Gmail coach UI in Firefox (firefox-esr)', () => {
  let firefox: ChildProcess | undefined;
  let m: Marionette;
  let server: Server;
  let webPort = 0;
  let profile = '';
  let addon = '';

  beforeAll(async () => {
    if (!existsSync(join(BUILD, 'manifest.json'))) throw new Error(`No Firefox build at ${BUILD}: run "npm run build:firefox" first.`);
    addon = mkdtempSync(join(tmpdir(), 'care-coach-ff-addon-'));
    cpSync(BUILD, addon, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(addon, 'manifest.json'), 'utf8')) as {
      content_scripts: Array<{ matches: string[]; js: string[] }>;
      host_permissions: string[];
    };
    for (const cs of manifest.content_scripts) if (cs.js.some((j) => j.includes('gmail'))) cs.matches.push('http://127.0.0.1/*');
    manifest.host_permissions.push('http://127.0.0.1/*');
    writeFileSync(join(addon, 'manifest.json'), JSON.stringify(manifest));

    const compose = readFileSync(join(ROOT, 'tests', 'fixtures', 'gmail', 'compose.html'), 'utf8');
    server = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(compose);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    webPort = (server.address() as { port: number }).port;

    profile = mkdtempSync(join(tmpdir(), 'care-coach-ff-'));
    const port = await freePort();
    writeFileSync(
      join(profile, 'user.js'),
      [
        `user_pref("marionette.port", ${port});`,
        'user_pref("browser.shell.checkDefaultBrowser", false);',
        'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
        'user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);',
        'user_pref("app.update.disabledForTesting", true);',
        'user_pref("extensions.getAddons.cache.enabled", false);',
        'user_pref("browser.discovery.enabled", false);',
      ].join('\n'),
    );
    firefox = spawn(FIREFOX, ['--headless', '--marionette', '-remote-allow-system-access', '--no-remote', '-profile', profile, 'about:blank'], { stdio: 'ignore' });
    m = await Marionette.connect(port, 45_000);
    await m.send('WebDriver:NewSession', { capabilities: {} });
    const installed = await m.send<{ value: string }>('Addon:Install', { path: addon, temporary: true });
    expect(installed.value).toBe('care-coach@care-coach');
  }, 90_000);

  afterAll(async () => {
    m?.close();
    if (firefox && firefox.exitCode === null) {
      firefox.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      if (firefox.exitCode === null) firefox.kill('SIGKILL');
    }
    server?.close();
    for (const d of [profile, addon]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it('injects the coach UI into the page script’s sandbox: the React badge shows the first analysis', async () => {
    await m.send('WebDriver:Navigate', { url: `http://127.0.0.1:${webPort}/mail/u/0/` });
    const read = async () =>
      (
        await m.send<{ value: BadgeState | null }>('WebDriver:ExecuteScript', {
          script:
            "const b = document.querySelector('care-coach-ui')?.shadowRoot?.querySelector('[data-testid=cc-badge]'); return b ? { score: b.getAttribute('data-score'), findings: b.getAttribute('data-findings'), fallback: b.getAttribute('data-fallback') } : null;",
          args: [],
        })
      ).value;
    const deadline = Date.now() + 30_000;
    let badge = await read();
    while (!(badge?.score || badge?.fallback) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      badge = await read();
    }
    expect(badge?.fallback ?? null).toBeNull();
    expect(Number(badge?.score)).toBeGreaterThan(0);
    expect(Number(badge?.findings)).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
