/**
 * When the coach UI bundle can't be injected (here: the file is missing from the package, so the
 * browser refuses the injection), the page script shows its own badge: coaching is paused, with
 * the reason; nothing is painted over the draft, nothing throws, the draft is untouched.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Harness } from './harness';

// The harness reads the extension's directory when it is imported: point it at a copy without
// the UI bundle first.
const built = process.env.CARE_COACH_EXTENSION_DIR ?? resolve(__dirname, '..', '..', '.output', 'chrome-mv3');
const broken = mkdtempSync(join(tmpdir(), 'care-coach-no-ui-'));
const previous = process.env.CARE_COACH_EXTENSION_DIR;

let h: Harness;
let fixtures: typeof import('./gmail-fixtures');
beforeAll(async () => {
  cpSync(built, broken, { recursive: true, filter: (src) => !src.endsWith('coach-ui.js') && !src.endsWith('.map') });
  process.env.CARE_COACH_EXTENSION_DIR = broken;
  const harness = await import('./harness');
  fixtures = await import('./gmail-fixtures');
  h = await harness.launch();
});
afterAll(async () => {
  await h?.close();
  if (previous === undefined) delete process.env.CARE_COACH_EXTENSION_DIR;
  else process.env.CARE_COACH_EXTENSION_DIR = previous;
  rmSync(broken, { recursive: true, force: true });
});

it('says coaching is paused, and why, when the coach UI cannot be loaded', async () => {
  const page = await fixtures.openGmailFixture(h, 'compose');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const before = await fixtures.bodyHtml(page);
  const badge = page.locator('[data-testid="cc-badge"]');
  await badge.waitFor({ timeout: 15_000 });
  expect(await badge.getAttribute('data-fallback')).toBe('true');
  expect(await badge.textContent()).toContain('Coaching paused on this page');
  expect(await badge.getAttribute('title')).toMatch(/could not load its coach panel.*Your text is not affected/);
  expect(await badge.getAttribute('role')).toBe('status');
  // Paused means paused: no highlights over the draft, even after the idle analysis would have run.
  await page.waitForTimeout(1500);
  expect(await fixtures.paintedRanges(page)).toEqual([]);
  expect(await fixtures.bodyHtml(page)).toBe(before);
  expect(errors).toEqual([]);
  expect(h.unexpected()).toEqual([]);
});
