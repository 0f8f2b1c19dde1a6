/**
 * Helpers for the Gmail real-browser tests: serve a fixture at https://mail.google.com with
 * Gmail's Trusted Types CSP, and read what the coach did from the page (highlights registered in
 * the document's registry, the badge in our open shadow root). No vitest import: the demo and
 * screenshot scripts use these too.
 */
import type { Page } from 'playwright-core';
import { GMAIL_CSP, type Harness } from './harness';

export const GMAIL_ORIGIN = 'https://mail.google.com';
export const FIXTURE_CSS_URL = `${GMAIL_ORIGIN}/_/fixtures/gmail.css`;
export const BODY = '[g_editable="true"][contenteditable="true"]';
export const EXCLUDED = '.gmail_quote, .gmail_attr, blockquote, .gmail_signature, .gmail_signature_prefix, [data-smartmail=gmail_signature], .gmail_extra';

export function fixtureUrl(name: string): string {
  return `${GMAIL_ORIGIN}/mail/u/0/fixture/${name}`;
}

const servedOn = new WeakSet<Harness>();

/** Serves `tests/fixtures/gmail/<name>.html` (and the shared stylesheet) and opens it. */
export async function openGmailFixture(h: Harness, name: string): Promise<Page> {
  if (!servedOn.has(h)) {
    await h.serve(FIXTURE_CSS_URL, { file: 'gmail/gmail.css', contentType: 'text/css; charset=utf-8' });
    servedOn.add(h);
  }
  const url = fixtureUrl(name);
  await h.serve(url, { file: `gmail/${name}.html`, headers: { 'content-security-policy': GMAIL_CSP } });
  const page = await h.newPage();
  await page.goto(url);
  return page;
}

export const DEMO_URL = `${GMAIL_ORIGIN}/mail/u/0/`;

/** The demo inbox with a pushy draft, served where Gmail lives (for `npm start` and screenshots). */
export async function openDemo(h: Harness): Promise<Page> {
  if (!servedOn.has(h)) {
    await h.serve(FIXTURE_CSS_URL, { file: 'gmail/gmail.css', contentType: 'text/css; charset=utf-8' });
    servedOn.add(h);
  }
  await h.serve(DEMO_URL, { file: 'gmail/demo.html', headers: { 'content-security-policy': GMAIL_CSP } });
  const page = await h.newPage();
  await page.goto(`${DEMO_URL}#inbox?compose=new`);
  return page;
}

export function badges(page: Page) {
  return page.locator('[data-testid="cc-badge"]');
}

/** Waits until `n` composes show a badge with a care score (first analysis done). */
export async function waitForCoach(page: Page, n = 1): Promise<void> {
  await page.locator('[data-testid="cc-badge"][data-score]').nth(n - 1).waitFor({ timeout: 15_000 });
}

export async function findingsCount(page: Page, i = 0): Promise<number> {
  return Number(await badges(page).nth(i).getAttribute('data-findings'));
}

export interface PaintedRange {
  name: string;
  severity: string;
  text: string;
  /** Inside a quote, signature or other excluded subtree. */
  excluded: boolean;
  /** Index of the compose body the range is in, -1 if none. */
  body: number;
}

/** Every range the coach registered in the page's highlight registry. */
export async function paintedRanges(page: Page): Promise<PaintedRange[]> {
  return page.evaluate(
    ({ BODY, EXCLUDED }) => {
      const bodies = Array.from(document.querySelectorAll(BODY));
      const out: PaintedRange[] = [];
      CSS.highlights.forEach((hl, name) => {
        if (!name.startsWith('care-coach-')) return;
        const severity = name.split('-').pop() ?? '';
        hl.forEach((r) => {
          const range = r as Range;
          const el = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
          out.push({ name, severity, text: range.toString(), excluded: !!el?.closest(EXCLUDED), body: bodies.findIndex((b) => b.contains(range.startContainer)) });
        });
      });
      return out;
    },
    { BODY, EXCLUDED },
  );
}

/** Viewport centre of the first occurrence of `text` inside the n-th compose body. */
export async function pointOfText(page: Page, text: string, bodyIndex = 0): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(
    ({ BODY, text, bodyIndex }) => {
      const body = document.querySelectorAll(BODY)[bodyIndex];
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(text);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + text.length);
        const box = r.getClientRects()[0];
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return null;
    },
    { BODY, text, bodyIndex },
  );
  if (!p) throw new Error(`"${text}" not found in compose body ${bodyIndex}`);
  return p;
}

export async function bodyHtml(page: Page, i = 0): Promise<string> {
  return page.locator(BODY).nth(i).evaluate((b) => b.innerHTML);
}

export async function bodyText(page: Page, i = 0): Promise<string> {
  return page.locator(BODY).nth(i).evaluate((b) => b.textContent ?? '');
}
