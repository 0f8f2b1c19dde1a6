/**
 * The per-site switch really stops coaching: turned off from the popup on Gmail, the coach
 * leaves the open compose, stays away after a reload, and returns when switched back on in the
 * options page. The popup shows this page's counts while coaching runs.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { badges, openGmailFixture, paintedRanges, waitForCoach } from './gmail-fixtures';
import { openOptions, tabIdOf } from './options-helpers';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

it('turning Gmail off in the popup stops coaching there, and turning it on brings it back', async () => {
  const gmail = await openGmailFixture(h, 'compose');
  await waitForCoach(gmail);
  expect((await paintedRanges(gmail)).length).toBeGreaterThan(0);

  const options = await openOptions(h);
  const tabId = await tabIdOf(options, 'https://mail.google.com/*');
  const popup = await h.newPage();
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
  const siteSwitch = popup.getByRole('switch', { name: 'Coach on mail.google.com' });
  await siteSwitch.waitFor();
  expect(await siteSwitch.isChecked()).toBe(true);
  // This page's counts, as the content script reported them.
  await expect.poll(() => popup.getByTestId('popup-findings').textContent(), { timeout: 10_000 }).toMatch(/^\d+ things? to look at$/);

  await siteSwitch.click({ force: true });
  await expect.poll(() => siteSwitch.isChecked()).toBe(false);
  expect(await popup.getByText('Coaching is off on this site.').count()).toBe(1);

  // The open compose loses its coach at once...
  await expect.poll(() => badges(gmail).count(), { timeout: 10_000 }).toBe(0);
  await expect.poll(async () => (await paintedRanges(gmail)).length).toBe(0);
  // ...and a fresh load of Gmail is not coached at all.
  await gmail.reload();
  await gmail.locator('[g_editable="true"]').waitFor();
  await gmail.waitForTimeout(2500);
  expect(await badges(gmail).count()).toBe(0);
  expect((await paintedRanges(gmail)).length).toBe(0);

  // Back on from the options page's Sites section.
  await options.bringToFront();
  const optionsSwitch = options.getByRole('switch', { name: 'Coaching on mail.google.com' });
  await expect.poll(() => optionsSwitch.isChecked()).toBe(false);
  await optionsSwitch.click({ force: true });
  await expect.poll(() => optionsSwitch.isChecked()).toBe(true);
  await waitForCoach(gmail);
  expect((await paintedRanges(gmail)).length).toBeGreaterThan(0);
  expect(h.unexpected()).toEqual([]);
});
