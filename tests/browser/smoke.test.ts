import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, GMAIL_CSP, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await h.serve('https://mail.google.com/mail/u/0/', { file: 'gmail/smoke.html', headers: { 'content-security-policy': GMAIL_CSP } });
});
afterAll(async () => h?.close());

it('loads the extension and runs the engine on mail.google.com', async () => {
  const page = await h.newPage();
  await page.goto('https://mail.google.com/mail/u/0/');
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.careCoachFindings), { timeout: 10_000 }).toBe('2');
  expect(h.extensionId).toMatch(/^[a-p]{32}$/);
  expect(h.unexpected()).toEqual([]);
});
