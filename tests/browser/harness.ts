/**
 * Real-browser test harness: Debian's Chromium driven by playwright-core, with the built
 * extension loaded, fixture pages served at the real origins (mail.google.com, CRMs) through
 * Playwright routing, and every request recorded so tests can prove the extension sends none.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// import.meta.url rather than __dirname: the demo and screenshot scripts load this file as ESM.
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** CARE_COACH_EXTENSION_DIR points tests at another build (engineers building in parallel). */
export const EXTENSION_DIR = process.env.CARE_COACH_EXTENSION_DIR ?? join(ROOT, '.output', 'chrome-mv3');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Gmail's Trusted Types policy: no string HTML sinks allowed in the page. */
export const GMAIL_CSP = "require-trusted-types-for 'script'; trusted-types goog#html default";

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** 'page' for requests the page made; 'extension' for requests from chrome-extension:// contexts. */
  from: 'page' | 'extension';
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** Every request the browser made after launch (fixtures included). */
  requests: RecordedRequest[];
  /** Requests that were not to a served fixture: what the extension (or anything) tried to reach. */
  unexpected(): RecordedRequest[];
  /** Serve `body` (or a fixture file under tests/fixtures) at a real URL. */
  serve(url: string, fixture: { file?: string; body?: string; contentType?: string; headers?: Record<string, string> }): Promise<void>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export function assertBuilt(): void {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
}

export interface LaunchOptions {
  extension?: boolean;
  /** false opens a window (the demo); tests always run headless. */
  headless?: boolean;
  viewport?: { width: number; height: number };
  /** 2 for crisp screenshots. */
  deviceScaleFactor?: number;
}

export async function launch(opts: LaunchOptions = {}): Promise<Harness> {
  const withExtension = opts.extension !== false;
  if (withExtension) assertBuilt();
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'care-coach-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-default-browser-check',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    args,
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    deviceScaleFactor: opts.deviceScaleFactor,
  });
  const requests: RecordedRequest[] = [];
  const served = new Set<string>();
  context.on('request', (r) => {
    const frameUrl = (() => {
      try {
        return r.frame().url();
      } catch {
        return '';
      }
    })();
    requests.push({
      url: r.url(),
      method: r.method(),
      resourceType: r.resourceType(),
      from: r.url().startsWith('chrome-extension://') || frameUrl.startsWith('chrome-extension://') || r.serviceWorker() ? 'extension' : 'page',
    });
  });
  // Anything not served by a test is refused (there is no network here anyway) and recorded.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    // The extension's own pages and files (options, popup) load from its package, not the network.
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('chrome-extension://')) return route.continue();
    return route.abort('blockedbyclient');
  });

  let extensionId = '';
  if (withExtension) {
    let worker: Worker | undefined = context.serviceWorkers()[0];
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    extensionId = new URL(worker.url()).host;
  }

  return {
    context,
    extensionId,
    requests,
    unexpected: () => requests.filter((r) => !served.has(r.url.split('#')[0]) && !r.url.startsWith('chrome-extension://') && !r.url.startsWith('data:')),
    async serve(url, fixture) {
      const body = fixture.body ?? readFileSync(join(FIXTURES, fixture.file ?? ''), 'utf8');
      served.add(url);
      await context.route(url, (route) =>
        route.fulfill({
          status: 200,
          contentType: fixture.contentType ?? 'text/html; charset=utf-8',
          headers: fixture.headers,
          body,
        }),
      );
    },
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
