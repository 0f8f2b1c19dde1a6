/**
 * The coach UI (React: badge, panel, card) is its own bundle, injected by the background into
 * the page script's isolated world on the page's first compose. Checked with the DevTools
 * protocol's list of parsed scripts: an inbox with no compose never parses coach-ui.js, the first
 * compose parses it once, more composes reuse it, and the card shows the rules' words (which
 * ship with the UI bundle, not with the page script). Nothing leaves the browser.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { GMAIL_CSP, launch, type Harness } from './harness';
import { BODY, FIXTURE_CSS_URL, GMAIL_ORIGIN, findingsCount, pointOfText, waitForCoach } from './gmail-fixtures';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await h.serve(FIXTURE_CSS_URL, { file: 'gmail/gmail.css', contentType: 'text/css; charset=utf-8' });
});
afterAll(async () => h?.close());

const INBOX_URL = `${GMAIL_ORIGIN}/mail/u/0/fixture/inbox-only`;
const INBOX = `<!doctype html><html><head><title>Inbox - Gmail</title><link rel="stylesheet" href="${FIXTURE_CSS_URL}"></head>
<body><div role="main"><table><tr><td>Quarterly update</td></tr><tr><td>Lunch on Friday?</td></tr></table></div></body></html>`;

/** Adds a compose window the way Gmail does, with DOM calls (the page enforces Trusted Types). */
async function openCompose(page: Page, text: string): Promise<void> {
  await page.evaluate((text) => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.className = 'M9';
    // Short, so both composes fit in the viewport (a badge shows only on a visible editor).
    dialog.style.height = '160px';
    const body = document.createElement('div');
    body.setAttribute('g_editable', 'true');
    body.setAttribute('contenteditable', 'true');
    body.setAttribute('role', 'textbox');
    body.className = 'Am Al editable';
    body.textContent = text;
    dialog.append(body);
    document.body.append(dialog);
  }, text);
}

async function trackScripts(page: Page): Promise<{ cdp: CDPSession; parsed: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  const parsed: string[] = [];
  cdp.on('Debugger.scriptParsed', (e) => {
    if (e.url.startsWith('chrome-extension://')) parsed.push(new URL(e.url).pathname);
  });
  await cdp.send('Debugger.enable');
  return { cdp, parsed };
}

it('an inbox without a compose never loads the coach UI; the first compose loads it once, for every compose', async () => {
  await h.serve(INBOX_URL, { body: INBOX, headers: { 'content-security-policy': GMAIL_CSP } });
  const page = await h.newPage();
  const { parsed } = await trackScripts(page);
  await page.goto(INBOX_URL);
  await expect.poll(() => parsed, { timeout: 15_000 }).toContain('/content-scripts/gmail.js');
  // Well past the page script's start and its idle warm-up of the engine.
  await page.waitForTimeout(2500);
  expect(parsed).not.toContain('/coach-ui.js');
  expect(await page.locator('care-coach-ui').count()).toBe(0);

  await openCompose(page, 'This offer expires today. We only have 3 spots left.');
  await waitForCoach(page);
  expect(parsed.filter((p) => p === '/coach-ui.js')).toHaveLength(1);
  expect(await findingsCount(page)).toBeGreaterThanOrEqual(2);

  await openCompose(page, 'Act now, this deal ends Friday.');
  await waitForCoach(page, 2);
  expect(parsed.filter((p) => p === '/coach-ui.js')).toHaveLength(1);

  // The card's words come with the UI bundle: message, why and kinder alternatives are all there.
  const p = await pointOfText(page, 'expires today');
  await page.mouse.click(p.x, p.y);
  const card = page.locator('[data-testid="cc-card"]');
  await card.waitFor({ timeout: 5_000 });
  expect(((await card.locator('.cc-card-msg').textContent()) ?? '').length).toBeGreaterThan(10);
  expect(((await card.locator('.cc-card-why').first().textContent()) ?? '').length).toBeGreaterThan(30);
  expect(await card.locator('button.cc-alt').count()).toBeGreaterThan(0);
  // The panel lists each finding with its message.
  await page.keyboard.press('Escape');
  await page.locator('[data-testid="cc-badge"]').first().click();
  const messages = await page.locator('[data-testid="cc-panel"] .cc-finding-msg').allTextContents();
  expect(messages.length).toBeGreaterThanOrEqual(2);
  for (const m of messages) expect(m.trim().length).toBeGreaterThan(10);

  expect(await page.locator(BODY).first().textContent()).toBe('This offer expires today. We only have 3 spots left.');
  expect(h.unexpected()).toEqual([]);
});
