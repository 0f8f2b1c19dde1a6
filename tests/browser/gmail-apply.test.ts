import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { BODY, bodyHtml, bodyText, findingsCount, openGmailFixture, paintedRanges, pointOfText, waitForCoach } from './gmail-fixtures';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

async function openCardOn(page: Page, text: string) {
  const p = await pointOfText(page, text);
  await page.mouse.click(p.x, p.y);
  const card = page.locator('[data-testid="cc-card"]');
  await card.waitFor({ timeout: 5_000 });
  return card;
}

it('Apply replaces exactly the flagged span through the editor, and Ctrl+Z restores it', async () => {
  const page = await openGmailFixture(h, 'compose');
  await waitForCoach(page);
  const before = await bodyHtml(page);
  const card = await openCardOn(page, 'you need to sign today');
  expect(await card.locator('q').textContent()).toBe('you need to sign today');
  const rewrite = card.locator('button[data-alt-kind="rewrite"]').first();
  const replacement = (await rewrite.locator('.cc-alt-text').textContent()) ?? '';
  expect(replacement.length).toBeGreaterThan(0);
  await rewrite.click();
  await expect.poll(() => bodyHtml(page)).not.toBe(before);
  // Everything else in the body, markup included, is untouched.
  expect(await bodyHtml(page)).toBe(before.replace('you need to sign today', replacement));
  await expect.poll(async () => (await paintedRanges(page)).map((r) => r.text)).not.toContain('you need to sign today');
  // Native undo: focus is in the body after applying, so Ctrl+Z reaches the editor's history.
  await page.keyboard.press('Control+z');
  await expect.poll(() => bodyHtml(page)).toBe(before);
  await expect.poll(async () => (await paintedRanges(page)).map((r) => r.text)).toContain('you need to sign today');
});

it('inserts a suggested question only when it is clicked', async () => {
  const page = await openGmailFixture(h, 'compose');
  await waitForCoach(page);
  const before = await bodyText(page);
  await page.locator('[data-testid="cc-badge"]').click();
  const panel = page.locator('[data-testid="cc-panel"]');
  await panel.waitFor();
  const question = panel.locator('[data-question]').first();
  const text = (await question.locator('.cc-question-text').textContent()) ?? '';
  expect(text).toMatch(/\?$/);
  // Opening the panel and reading the suggestions changes nothing.
  expect(await bodyText(page)).toBe(before);
  await question.getByRole('button', { name: /where it fits/ }).click();
  await expect.poll(() => bodyText(page)).toContain(text);
  // The question went into the rep's text, not the signature or the quote.
  const where = await page.locator(BODY).evaluate((b, q) => {
    const w = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) if ((n as Text).data.includes(q)) return (n.parentElement as Element).closest('.gmail_quote, .gmail_signature') ? 'excluded' : 'draft';
    return 'missing';
  }, text);
  expect(where).toBe('draft');
  expect((await bodyText(page)).length).toBeGreaterThan(before.length);
});

it('Ignore hides one finding; Turn off this rule hides the rule', async () => {
  const page = await openGmailFixture(h, 'compose');
  await waitForCoach(page);
  const n = await findingsCount(page);
  const card = await openCardOn(page, 'only have 3 spots left');
  await card.getByRole('button', { name: /Ignore this finding once/ }).click();
  await expect.poll(() => findingsCount(page)).toBe(n - 1);
  expect((await paintedRanges(page)).map((r) => r.text)).not.toContain('only have 3 spots left');
  // Typing elsewhere re-analyses; the ignored finding stays ignored.
  await page.locator(BODY).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('End');
  await page.keyboard.type(' Thanks!');
  await expect.poll(async () => Number(await page.locator('.cc-root').getAttribute('data-revision')), { timeout: 5_000 }).toBeGreaterThan(2);
  expect(await findingsCount(page)).toBe(n - 1);

  const card2 = await openCardOn(page, 'All your competitors already switched');
  const rule = await card2.getAttribute('data-rule');
  expect(rule).toBeTruthy();
  await card2.getByRole('button', { name: /Turn off this rule/ }).click();
  // The rule's findings go. Another rule may still speak for the same words (so the count alone
  // proves nothing), but a card opened there is never this rule's again.
  const ruleAtText = async () => {
    await page.keyboard.press('Escape');
    const p = await pointOfText(page, 'All your competitors already switched');
    await page.mouse.click(p.x, p.y);
    const card3 = page.locator('[data-testid="cc-card"]');
    const shown = await card3.waitFor({ state: 'visible', timeout: 1_000 }).then(
      () => true,
      () => false,
    );
    return shown ? await card3.getAttribute('data-rule') : null;
  };
  await expect.poll(ruleAtText, { timeout: 10_000 }).not.toBe(rule);
  expect(await findingsCount(page)).toBeLessThanOrEqual(n - 1);
});
