/**
 * Team packs through the options page in Chromium: a good pack is imported and its rules join
 * the list; a bad one is refused with field-and-reason errors and nothing changes; the current
 * setup exports as a pack that passes the same check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkPack } from '../../settings/pack/check';
import { launch, type Harness } from './harness';
import { EXAMPLE_PACK, openOptions, PACKS } from './options-helpers';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

it('imports a good pack: its rules are listed and its locks apply', async () => {
  const page = await openOptions(h);
  const before = await page.locator('.rule-card').count();
  await page.locator('#pack-file').setInputFiles(EXAMPLE_PACK);
  await page.getByText('Imported \u201cNorthwind Sales Team\u201d 1.0.0.').waitFor({ timeout: 30_000 });
  await expect.poll(() => page.getByTestId('pack-current').textContent()).toContain('Northwind Sales Team');
  await expect.poll(() => page.locator('.rule-card').count()).toBe(before + 3);
  const card = page.locator('[data-rule-id="team/quarter-end-clock"]');
  expect(await card.locator('.rule-message').textContent()).toBe('A quarter-end deadline is our calendar, not theirs.');
  expect(await card.locator('.source').textContent()).toBe('Team pack: Northwind Sales Team');
  expect(await page.locator('#sensitivity .lock-note').textContent()).toBe('Locked by the team pack \u201cNorthwind Sales Team\u201d');
  expect(await page.evaluate(async () => ((await chrome.storage.local.get('teamPack')).teamPack as { fileName?: string }).fileName)).toBe('team-pack.yaml');
  expect(h.unexpected()).toEqual([]);
});

it('refuses a bad pack with the field and the reason, and keeps the pack in use', async () => {
  const page = await openOptions(h);
  await page.locator('#pack-file').setInputFiles(join(PACKS, 'bad', 'bad-category.yaml'));
  const problems = page.locator('.problems.is-error');
  await problems.waitFor({ timeout: 30_000 });
  expect(await problems.locator('p').textContent()).toBe('The pack was not imported. Nothing was changed. Fix these and try again:');
  expect(await problems.locator('li').allTextContents()).toEqual([
    'rules[0].category: "urgncy" is not one of scarcity, urgency, pressure, social-pressure, fear-guilt, adversarial, dismissive',
  ]);
  expect(await page.getByTestId('pack-current').textContent()).toContain('Northwind Sales Team');

  // A pack whose own examples fail is refused too.
  await page.locator('#pack-file').setInputFiles(join(PACKS, 'bad', 'flag-example-missed.yaml'));
  await expect.poll(() => problems.locator('li').allTextContents(), { timeout: 30_000 }).toEqual([
    'rules[0].examples.flag[0]: the rule flagged nothing in "We close at quarter end."; expected "at quarter end"',
  ]);
});

it('exports the current setup as a pack file that passes the check', async () => {
  const page = await openOptions(h);
  await page.locator('.export-form input').nth(1).fill('Team lead');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download pack' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('our-team-pack.yaml');
  const text = readFileSync((await file.path()) as string, 'utf8');
  const r = checkPack(text, { fileName: 'our-team-pack.yaml' });
  expect(r.errors).toEqual([]);
  expect(r.pack?.name).toBe('Our team pack');
  expect(r.pack?.author).toBe('Team lead');
  expect(r.pack?.rules.map((x) => x.id)).toEqual(['quarter-end-clock', 'manager-discount-lever', 'circle-back-today']);
});
