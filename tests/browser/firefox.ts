/**
 * Debian's firefox-esr for the Firefox tests: headless, a quiet throw-away profile, driven over
 * Marionette, with an add-on installed temporarily. One place for what every Firefox test needs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './harness';
import { Marionette } from './marionette';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = process.env.CARE_COACH_FIREFOX_DIR ?? join(ROOT, '.output', 'firefox-mv3');
export const HAS_FIREFOX = existsSync(FIREFOX);

export function requireFirefoxBuild(): void {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run "npm run build:firefox" first.`);
}

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

export interface RunningFirefox {
  m: Marionette;
  /** The id Firefox reports for the installed add-on. */
  addonId: string;
  close(): Promise<void>;
}

/** Starts Firefox with the add-on at `addonPath` installed temporarily; `prefs` are extra user.js lines. */
export async function launchFirefox(addonPath: string, prefs: string[] = []): Promise<RunningFirefox> {
  const profile = mkdtempSync(join(tmpdir(), 'care-coach-ff-'));
  let firefox: ChildProcess | undefined;
  let m: Marionette | undefined;
  const close = async () => {
    m?.close();
    if (firefox && firefox.exitCode === null) {
      firefox.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      if (firefox.exitCode === null) firefox.kill('SIGKILL');
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
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
        ...prefs,
      ].join('\n'),
    );
    firefox = spawn(FIREFOX, ['--headless', '--marionette', '-remote-allow-system-access', '--no-remote', '-profile', profile, 'about:blank'], { stdio: 'ignore' });
    m = await Marionette.connect(port, 45_000);
    await m.send('WebDriver:NewSession', { capabilities: {} });
    const installed = await m.send<{ value: string }>('Addon:Install', { path: addonPath, temporary: true });
    return { m, addonId: installed.value, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Polls `fn` until `ok` or the timeout; returns the last value either way, for the assertion to judge. */
export async function poll<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await fn();
  while (!ok(last)) {
    if (Date.now() > deadline) return last;
    await new Promise((r) => setTimeout(r, 250));
    last = await fn();
  }
  return last;
}
