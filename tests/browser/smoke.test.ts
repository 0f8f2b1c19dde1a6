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
  // The compose coach's badge (in its shadow root) counts the findings; the page itself is untouched.
  await expect.poll(() => page.locator('[data-testid="cc-badge"][data-score]').getAttribute('data-findings'), { timeout: 10_000 }).toBe('2');
  expect(h.extensionId).toMatch(/^[a-p]{32}$/);
  expect(h.unexpected()).toEqual([]);
});
