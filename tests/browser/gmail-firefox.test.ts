/**
 * The coach UI injection in real Firefox (Debian's firefox-esr over Marionette): the Gmail page
 * script asks the background, which injects coach-ui.js into the script's own sandbox, and the
 * React badge shows the first analysis. Marionette can't serve pages at mail.google.com, so a
 * copy of the Firefox build also matches a local fixture server (only in that temporary copy).
 *
 * Needs `apt-get install -y firefox-esr` and `npm run build:firefox`; skipped (and says so)
 * where firefox-esr is not installed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness';
import { FIREFOX_BUILD, HAS_FIREFOX, launchFirefox, requireFirefoxBuild, type RunningFirefox } from './firefox';
import type { Marionette } from './marionette';

interface BadgeState {
  score: string | null;
  findings: string | null;
  fallback: string | null;
}

describe.skipIf(!HAS_FIREFOX)('Gmail coach UI in Firefox (firefox-esr)', () => {
  let ff: RunningFirefox | undefined;
  let m: Marionette;
  let server: Server;
  let webPort = 0;
  let addon = '';

  beforeAll(async () => {
    requireFirefoxBuild();
    addon = mkdtempSync(join(tmpdir(), 'care-coach-ff-addon-'));
    cpSync(FIREFOX_BUILD, addon, { recursive: true });
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

    ff = await launchFirefox(addon);
    m = ff.m;
    expect(ff.addonId).toBe('care-coach@care-coach');
  }, 90_000);

  afterAll(async () => {
    await ff?.close();
    server?.close();
    if (addon) rmSync(addon, { recursive: true, force: true });
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
