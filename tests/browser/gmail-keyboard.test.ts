/** Keyboard and screen reader: the shortcut, focus order, roles and labels, and Esc back to the draft. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { BODY, openGmailFixture, paintedRanges, waitForCoach } from './gmail-fixtures';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

/** Where keyboard focus is: 'body' for the compose body, else the focused element inside our UI. */
async function focusInfo(page: Page) {
  return page.evaluate((BODY) => {
    const a = document.activeElement;
    if (a?.matches(BODY)) return { where: 'body' };
    if (a?.localName === 'care-coach-ui') {
      const inner = a.shadowRoot?.activeElement as HTMLElement | null;
      return { where: 'coach', key: inner?.dataset.key ?? null, role: inner?.getAttribute('role') ?? null, cls: inner?.className ?? '', label: inner?.getAttribute('aria-label') ?? inner?.textContent ?? '' };
    }
    return { where: a?.localName ?? 'none' };
  }, BODY);
}

async function activeText(page: Page) {
  return (await paintedRanges(page)).filter((r) => r.severity === 'active').map((r) => r.text);
}

it('Alt+Shift+C opens the panel and steps through findings; Enter opens the card; Esc returns', async () => {
  const page = await openGmailFixture(h, 'compose');
  await waitForCoach(page);
  await page.locator(BODY).click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Alt+Shift+C');
  const panel = page.locator('[data-testid="cc-panel"]');
  await panel.waitFor();
  expect(await panel.getAttribute('role')).toBe('region');
  expect(await page.getByRole('region', { name: 'Care Coach' }).count()).toBe(1);
  const findings = panel.locator('button.cc-finding');
  const keys = await findings.evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.key));
  expect(keys.length).toBeGreaterThan(1);
  await expect.poll(() => focusInfo(page)).toMatchObject({ where: 'coach', key: keys[0] });
  expect(await activeText(page)).toEqual(['offer expires Friday']);
  // The step is announced to screen readers.
  await expect.poll(() => page.locator('[data-testid="cc-live"]').textContent()).toMatch(/^Finding 1 of \d+, Urgency:/);

  await page.keyboard.press('Alt+Shift+C');
  await expect.poll(() => focusInfo(page)).toMatchObject({ where: 'coach', key: keys[1] });
  expect(await activeText(page)).toEqual(['only have 3 spots left']);
  // Arrow keys move between findings too.
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focusInfo(page)).toMatchObject({ key: keys[2] });
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => focusInfo(page)).toMatchObject({ key: keys[1] });

  await page.keyboard.press('Enter');
  const card = page.locator('[data-testid="cc-card"]');
  await card.waitFor();
  expect(await card.getAttribute('role')).toBe('dialog');
  await expect.poll(async () => (await focusInfo(page)).cls).toContain('cc-alt');
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached' });
  await expect.poll(() => focusInfo(page)).toMatchObject({ where: 'coach', key: keys[1] });
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  await expect.poll(() => focusInfo(page)).toMatchObject({ where: 'body' });
});

it('the panel is usable with Tab alone, and a question can be inserted from the keyboard', async () => {
  const page = await openGmailFixture(h, 'compose');
  await waitForCoach(page);
  await page.locator(BODY).click({ position: { x: 10, y: 10 } });
  const before = await page.locator(BODY).textContent();
  await page.keyboard.press('Alt+Shift+C');
  await page.locator('[data-testid="cc-panel"]').waitFor();
  // Tab forward until the first "Insert" button has focus.
  let found = false;
  for (let i = 0; i < 20 && !found; i++) {
    await page.keyboard.press('Tab');
    found = /where it fits/.test((await focusInfo(page)).label ?? '');
  }
  expect(found).toBe(true);
  expect(await page.locator(BODY).textContent()).toBe(before);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator(BODY).textContent()).not.toBe(before);
  await expect.poll(() => page.locator('[data-testid="cc-live"]').textContent()).toMatch(/Question inserted/);
});

it('labels the badge for screen readers and leaves Gmail spell-check on', async () => {
  const page = await openGmailFixture(h, 'compose');
  await waitForCoach(page);
  const badge = page.locator('[data-testid="cc-badge"]');
  expect(await badge.getAttribute('aria-label')).toMatch(/^Care Coach: \d+ findings, care score \d+ of 100/);
  expect(await badge.getAttribute('aria-expanded')).toBe('false');
  await badge.click();
  expect(await badge.getAttribute('aria-expanded')).toBe('true');
  // Severity is said in words as well as colour, in the list.
  const first = page.locator('[data-testid="cc-panel"] button.cc-finding').first();
  expect(await first.textContent()).toMatch(/Strong|Worth a look|Hint/);
  expect(await page.locator(BODY).getAttribute('spellcheck')).toBe('true');
});
