/**
 * The extension makes no request of any kind: every request the browser records while the coach
 * works through a compose (analysis, hover, card, apply, panel, question, settings write) is one
 * the test itself served. Also: Gmail's Trusted Types policy sees no violation from the coach.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { fixtureUrl, FIXTURE_CSS_URL, openGmailFixture, pointOfText, waitForCoach } from './gmail-fixtures';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

it('makes zero requests while coaching, and trips no Trusted Types violation', async () => {
  const consoleProblems: string[] = [];
  h.context.on('console', (m) => {
    if (/trusted ?type|TrustedHTML|Content Security Policy/i.test(m.text())) consoleProblems.push(m.text());
  });
  // Collect CSP violations from the first script that runs in the page.
  await h.context.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.sample}`));
  });

  const page = await openGmailFixture(h, 'compose');
  await waitForCoach(page);
  const p = await pointOfText(page, 'offer expires Friday');
  await page.mouse.move(p.x, p.y);
  await page.locator('[data-testid="cc-card"]').waitFor();
  await page.mouse.click(p.x, p.y);
  await page.locator('[data-testid="cc-card"] button[data-alt-kind="rewrite"]').first().click();
  await page.keyboard.press('Control+z');
  await page.locator('[data-testid="cc-badge"]').click();
  await page.locator('[data-testid="cc-panel"] [data-question] .cc-btn-primary').first().click();
  const q = await pointOfText(page, 'All your competitors already switched');
  await page.mouse.click(q.x, q.y);
  await page.locator('[data-testid="cc-card"]').getByRole('button', { name: /Turn off this rule/ }).click();
  await page.keyboard.type(' Thanks, Sam.');
  const two = await openGmailFixture(h, 'two-composes');
  await waitForCoach(two, 2);
  await page.waitForTimeout(1000);

  expect(h.requests.length).toBeGreaterThan(0);
  // Only what the test served: the fixture pages and their stylesheet.
  const served = new Set([fixtureUrl('compose'), fixtureUrl('two-composes'), FIXTURE_CSS_URL]);
  expect(h.requests.filter((r) => !served.has(r.url))).toEqual([]);
  expect(h.unexpected()).toEqual([]);
  // Not even the extension's own files are fetched (styles ship inside the script).
  expect(h.requests.filter((r) => r.from === 'extension')).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  expect(consoleProblems).toEqual([]);
});
