/** Typing stays the rep's: analysis waits for a pause and never runs mid-IME-composition; hover cards don't take focus. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { BODY, findingsCount, openGmailFixture, paintedRanges, pointOfText, waitForCoach } from './gmail-fixtures';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());


it('does not analyse during an IME composition, and does once it ends', async () => {
  const page = await openGmailFixture(h, 'two-composes');
  await waitForCoach(page, 2);
  await page.locator(BODY).nth(1).click();
  await page.keyboard.press('Control+End');
  const cdp = await h.context.newCDPSession(page);
  const rev = async () => Number(await page.locator('.cc-root').nth(1).getAttribute('data-revision'));
  const start = await rev();
  // A composition in progress (as with a Japanese or Chinese IME): text is in the DOM, uncommitted.
  await cdp.send('Input.imeSetComposition', { text: ' This offer expires Friday', selectionStart: 26, selectionEnd: 26 });
  await page.waitForTimeout(600);
  expect(await rev()).toBe(start);
  expect(await findingsCount(page, 1)).toBe(0);
  // Committing ends the composition: now it is analysed.
  await cdp.send('Input.insertText', { text: ' This offer expires Friday' });
  await expect.poll(() => findingsCount(page, 1), { timeout: 5_000 }).toBe(1);
  expect(await rev()).toBeGreaterThan(start);
});

it('analyses after a pause in typing, not on every keystroke', async () => {
  const page = await openGmailFixture(h, 'two-composes');
  await waitForCoach(page, 2);
  await page.locator(BODY).nth(1).click();
  await page.keyboard.press('Control+End');
  const rev = async () => Number(await page.locator('.cc-root').nth(1).getAttribute('data-revision'));
  const start = await rev();
  await page.keyboard.type(' We only have 3 spots left.', { delay: 20 });
  await expect.poll(() => findingsCount(page, 1), { timeout: 5_000 }).toBe(1);
  // 27 keystrokes, a handful of analyses at most (debounced).
  expect((await rev()) - start).toBeLessThan(8);
});

it('a hover card opens without taking focus from the draft and closes when the pointer leaves', async () => {
  const page = await openGmailFixture(h, 'compose');
  await waitForCoach(page);
  await page.locator(BODY).click({ position: { x: 10, y: 10 } });
  const p = await pointOfText(page, 'only have 3 spots left');
  await page.mouse.move(p.x, p.y);
  const card = page.locator('[data-testid="cc-card"]');
  await card.waitFor({ timeout: 5_000 });
  expect(await page.evaluate((BODY) => document.activeElement?.matches(BODY), BODY)).toBe(true);
  // Typing still goes to the draft while the card shows.
  const before = (await page.locator(BODY).textContent()) ?? '';
  await page.keyboard.type('x');
  expect(((await page.locator(BODY).textContent()) ?? '').length).toBe(before.length + 1);
  expect(await card.count()).toBe(1);
  await page.mouse.move(5, 5);
  await card.waitFor({ state: 'detached', timeout: 5_000 });
  expect((await paintedRanges(page)).length).toBeGreaterThan(0);
});
