/** Helpers for the options-page and popup real-browser tests. */
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { ROOT, type Harness } from './harness';

export const PACKS = join(ROOT, 'tests', 'fixtures', 'packs');
export const EXAMPLE_PACK = join(ROOT, 'examples', 'team-pack.yaml');

export async function openOptions(h: Harness, page?: Page): Promise<Page> {
  const p = page ?? (await h.newPage());
  await p.goto(`chrome-extension://${h.extensionId}/options.html`);
  await p.locator('.rule-card').first().waitFor({ timeout: 15_000 });
  return p;
}

/** The stored settings, straight from chrome.storage.local (not through our code). */
export async function storedSettings(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>);
}

/** The id of the tab showing `urlPattern`, asked from an extension page. */
export async function tabIdOf(page: Page, urlPattern: string): Promise<number> {
  const id = await page.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, urlPattern);
  if (typeof id !== 'number') throw new Error(`no tab shows ${urlPattern}`);
  return id;
}

/** Errors the page logged (CSP violations show up here). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}
