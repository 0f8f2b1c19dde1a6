/** Every compose variant is coached: popup, fullscreen, inline reply, pop-out, several at once. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { BODY, findingsCount, openGmailFixture, paintedRanges, waitForCoach } from './gmail-fixtures';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

it('coaches two composes independently', async () => {
  const page = await openGmailFixture(h, 'two-composes');
  await waitForCoach(page, 2);
  const badge = page.locator('[data-testid="cc-badge"]');
  expect(await badge.count()).toBe(2);
  const ranges = await paintedRanges(page);
  expect(ranges.length).toBeGreaterThan(0);
  expect(ranges.every((r) => r.body === 0)).toBe(true);
  const first = await findingsCount(page, 0);
  const second = await findingsCount(page, 1);
  expect(first).toBeGreaterThan(0);
  expect(second).toBe(0);

  // Typing pressure into the second compose changes only the second one.
  await page.locator(BODY).nth(1).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' This offer expires Friday.');
  await expect.poll(() => findingsCount(page, 1), { timeout: 5_000 }).toBe(1);
  expect(await findingsCount(page, 0)).toBe(first);
  const after = await paintedRanges(page);
  const inSecond = after.filter((r) => r.body === 1);
  expect(inSecond.map((r) => r.text)).toEqual(['offer expires Friday']);
  // Each session paints under its own highlight names.
  const sessionOf = (name: string) => name.split('-').slice(0, 4).join('-');
  const firstSessions = new Set(after.filter((r) => r.body === 0).map((r) => sessionOf(r.name)));
  const secondSessions = new Set(inSecond.map((r) => sessionOf(r.name)));
  expect(firstSessions.size).toBe(1);
  expect([...secondSessions].some((s) => firstSessions.has(s))).toBe(false);

  // Closing a compose ends its session and its badge.
  await page.locator('#compose-1').evaluate((d) => d.closest('.nH.nn')!.remove());
  await expect.poll(() => badge.count(), { timeout: 5_000 }).toBe(1);
  await expect.poll(async () => (await paintedRanges(page)).every((r) => r.text === 'offer expires Friday')).toBe(true);
});

it('coaches a compose opened after the page loaded', async () => {
  const page = await openGmailFixture(h, 'two-composes');
  await waitForCoach(page, 2);
  await page.evaluate(() => {
    const dock = document.querySelector('.dw .no')!;
    const clone = dock.firstElementChild!.cloneNode(true) as HTMLElement;
    clone.querySelector('[role=dialog]')!.id = 'compose-3';
    dock.append(clone);
  });
  await waitForCoach(page, 3);
  expect(await findingsCount(page, 2)).toBe(await findingsCount(page, 0));
});

it('coaches the fullscreen compose, subject included but never painted', async () => {
  const page = await openGmailFixture(h, 'fullscreen');
  await waitForCoach(page);
  const texts = (await paintedRanges(page)).map((r) => r.text);
  expect(texts).toEqual(expect.arrayContaining(['discount disappears Monday', 'take it or leave it']));
  // The buyer's contractual date is information, not pressure.
  expect(texts.some((t) => /June 30/.test(t))).toBe(false);
  // "Last chance" in the subject is a finding listed in the panel, marked as in the subject.
  expect(await findingsCount(page)).toBe(texts.length + 1);
  await page.locator('[data-testid="cc-badge"]').click();
  const subjectItem = page.locator('[data-testid="cc-panel"] .cc-finding', { hasText: 'In the subject' });
  await expect.poll(() => subjectItem.count()).toBe(1);
  expect(await subjectItem.textContent()).toContain('Last chance');
});

it('coaches an inline reply, leaving out the expanded quote and the hidden subject', async () => {
  const page = await openGmailFixture(h, 'inline-reply');
  await waitForCoach(page);
  const texts = (await paintedRanges(page)).map((r) => r.text);
  expect(texts).toContain("you'll regret it");
  expect(texts.some((t) => /offer expires today/.test(t))).toBe(false);
  expect(texts.some((t) => /no pressure/i.test(t))).toBe(false);
  expect(await findingsCount(page)).toBe(texts.length);
});

it('coaches the pop-out compose window', async () => {
  const page = await openGmailFixture(h, 'popout');
  await waitForCoach(page);
  const texts = (await paintedRanges(page)).map((r) => r.text);
  expect(texts).toEqual(expect.arrayContaining(['Seats are going fast', 'only have 3 spots left']));
});

it('says "coaching paused on this page" when the compose DOM is not what the adapter expects', async () => {
  const page = await openGmailFixture(h, 'unknown-dom');
  const paused = page.locator('[data-testid="cc-badge"]', { hasText: 'Coaching paused on this page' });
  await paused.waitFor({ timeout: 10_000 });
  expect(await paused.getAttribute('role')).toBe('status');
  expect(await paintedRanges(page)).toEqual([]);
});
