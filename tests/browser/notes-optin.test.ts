/**
 * Sites beyond the built-in CRMs: nothing runs there until the rep turns coaching on from the
 * popup; then the notes script is registered for that one origin and coaches at once.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { approvePermissionPrompt, highlights, overlayBoxes, tabIdOf } from './notes-helpers';

const ORIGIN = 'https://crm.example-inhouse.com';
const PAGE = `${ORIGIN}/accounts/northwind`;
const OTHER = 'https://tickets.example-inhouse.com/new';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await h.serve(PAGE, { file: 'crm/inhouse.html' });
  await h.serve(OTHER, { file: 'crm/inhouse.html' });
});
afterAll(async () => h?.close());

const coached = async (page: import('playwright-core').Page) => (await overlayBoxes(page)).length + (await highlights(page)).length;
const registered = () => h.context.serviceWorkers()[0].evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches })));

it('coaches nothing on a site before the rep turns it on', async () => {
  const page = await h.newPage();
  await page.goto(PAGE);
  await page.waitForTimeout(3000);
  expect(await coached(page)).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll('care-coach-ui, care-coach-overlay, care-coach-textarea-mirror').length)).toBe(0);
  expect(await registered()).toEqual([]);
  await page.close();
});

it('turning it on from the popup coaches the open tab at once, and after a reload', async () => {
  const page = await h.newPage();
  await page.goto(PAGE);
  const tabId = await tabIdOf(h.context, page);
  await approvePermissionPrompt(h.context, h.extensionId, ORIGIN);

  const popup = await h.newPage();
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}&url=${encodeURIComponent(PAGE)}`);
  await popup.click('[data-testid="popup-enable-site"]');

  // The textarea gets boxes, the contenteditable gets highlights: no reload needed.
  await expect.poll(async () => (await overlayBoxes(page)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  await expect.poll(async () => (await highlights(page)).map((x) => x.text), { timeout: 10_000 }).toEqual(['wear them down']);
  expect(await registered()).toEqual([{ id: `care-coach-notes@${ORIGIN}`, matches: [`${ORIGIN}/*`] }]);

  await page.reload();
  await expect.poll(async () => (await highlights(page)).map((x) => x.text), { timeout: 15_000 }).toEqual(['wear them down']);
  await popup.close();
  await page.close();
});

it('only that origin: another site of the same company stays uncoached', async () => {
  const page = await h.newPage();
  await page.goto(OTHER);
  await page.waitForTimeout(3000);
  expect(await coached(page)).toBe(0);
  await page.close();
});

it('taking the permission back (browser UI or popup) unregisters the script', async () => {
  await h.context.serviceWorkers()[0].evaluate((o) => chrome.permissions.remove({ origins: [`${o}/*`] }), ORIGIN);
  await expect.poll(registered, { timeout: 10_000 }).toEqual([]);
  const page = await h.newPage();
  await page.goto(PAGE);
  await page.waitForTimeout(3000);
  expect(await coached(page)).toBe(0);
  await page.close();
});

it('sends nothing over the network', () => {
  expect(h.unexpected()).toEqual([]);
});
