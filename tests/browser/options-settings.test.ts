/**
 * The options page in Chromium with the built extension: a change survives a reload, and a
 * setting a team pack locks shows as locked and cannot be changed.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { join } from 'node:path';
import { launch, type Harness } from './harness';
import { collectErrors, openOptions, PACKS, storedSettings } from './options-helpers';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

it('a setting changed on the options page survives a reload', async () => {
  const page = await h.newPage();
  const errors = collectErrors(page);
  await openOptions(h, page);
  // Controls are controlled by stored state: they flip once the write lands, so click, then poll.
  await page.getByRole('radio', { name: /^High/ }).click({ force: true });
  await page.getByRole('radio', { name: 'Background' }).click({ force: true });
  await page.getByRole('switch', { name: 'Category dismissive on' }).click({ force: true });
  await expect.poll(() => storedSettings(page)).toEqual({ sensitivity: 'high', highlightStyle: 'background', disabledCategories: ['dismissive'] });

  await page.reload();
  await page.locator('.rule-card').first().waitFor();
  expect(await page.getByRole('radio', { name: /^High/ }).isChecked()).toBe(true);
  expect(await page.getByRole('radio', { name: 'Background' }).isChecked()).toBe(true);
  expect(await page.getByRole('switch', { name: 'Category dismissive on' }).isChecked()).toBe(false);
  expect(await page.getByRole('switch', { name: 'Category urgency on' }).isChecked()).toBe(true);
  // The page runs under its CSP (connect-src 'none', no inline code) without a violation.
  expect(errors).toEqual([]);
  expect(h.unexpected()).toEqual([]);
});

it('settings a team pack locks show as locked and cannot be changed', async () => {
  const page = await openOptions(h);
  await page.locator('#pack-file').setInputFiles(join(PACKS, 'good', 'full.json'));
  await page.getByText('Imported \u201cAcme Sales\u201d 2.1.0.').waitFor({ timeout: 30_000 });

  const high = page.getByRole('radio', { name: /^High/ });
  await expect.poll(() => high.isChecked()).toBe(true);
  expect(await high.isDisabled()).toBe(true);
  expect(await page.getByRole('radio', { name: /^Low/ }).isDisabled()).toBe(true);
  await expect.poll(() => page.locator('#sensitivity .lock-note').textContent()).toBe('Locked by the team pack \u201cAcme Sales\u201d');

  // Clicking the locked control changes nothing, in the page or in storage.
  await page.getByRole('radio', { name: /^Low/ }).click({ force: true, timeout: 2_000 }).catch(() => {});
  await page.reload();
  await page.locator('.rule-card').first().waitFor();
  expect(await page.getByRole('radio', { name: /^High/ }).isChecked()).toBe(true);
  expect(((await storedSettings(page)) as { sensitivity?: string }).sensitivity).not.toBe('low');

  // Remove the pack: the lock goes, the user's own choice comes back.
  await page.getByRole('button', { name: 'Remove pack' }).click();
  await expect.poll(() => page.getByRole('radio', { name: /^Low/ }).isDisabled()).toBe(false);
  await expect.poll(() => page.locator('#sensitivity .lock-note').count()).toBe(0);
});
