/**
 * The shared painting and editing pieces (sites/snapshot, highlight-painter, input-path) in a real
 * page, without the extension: both painting modes (CSS highlights and the overlay fallback used
 * where the Highlight API is missing), hit-testing, stale spans, and edits that native undo
 * reverts, in a contenteditable and in a textarea (for the notes coach).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { build } from 'esbuild';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, ROOT, type Harness } from './harness';
import { BODY, FIXTURE_CSS_URL, fixtureUrl } from './gmail-fixtures';

let h: Harness;
let bundle = '';
beforeAll(async () => {
  const out = await build({
    stdin: {
      contents: `export { createSnapshot } from './sites/snapshot'; export { createHighlightPainter } from './sites/highlight-painter'; export { replaceRange, replaceInTextControl } from './sites/input-path'; export { GMAIL_EXCLUDE } from './sites/gmail';`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'CC',
    write: false,
    logLevel: 'silent',
  });
  bundle = out.outputFiles[0].text;
  h = await launch({ extension: false });
  await h.serve(FIXTURE_CSS_URL, { file: 'gmail/gmail.css', contentType: 'text/css' });
  // No Trusted Types header here: the test injects its bundle as a script.
  await h.serve(fixtureUrl('compose'), { file: 'gmail/compose.html' });
});
afterAll(async () => h?.close());

async function page(): Promise<Page> {
  const p = await h.newPage();
  await p.goto(fixtureUrl('compose'));
  await p.addScriptTag({ content: bundle });
  return p;
}

const PHRASES = ['offer expires Friday', 'only have 3 spots left', 'you need to sign today'];

/** Paints PHRASES over the compose body in the page; returns what the painter reports. */
function paintInPage(p: Page, forceOverlay: boolean) {
  return p.evaluate(
    ({ BODY, PHRASES, forceOverlay }) => {
      const w = window as unknown as { CC: any; painter: any; snap: any; items: any[] };
      const body = document.querySelector(BODY) as HTMLElement;
      const snap = w.CC.createSnapshot(body, { exclude: w.CC.GMAIL_EXCLUDE });
      const items = PHRASES.map((t: string, i: number) => {
        const start = snap.text.indexOf(t);
        return { start, end: start + t.length, text: t, severity: ['strong', 'warning', 'hint'][i] };
      });
      const painter = w.CC.createHighlightPainter({ element: body, forceOverlay });
      Object.assign(w, { painter, snap, items });
      return { painted: painter.paint(items, snap), html: body.innerHTML };
    },
    { BODY, PHRASES, forceOverlay },
  );
}

async function centreOf(p: Page, text: string) {
  return p.evaluate(
    ({ BODY, text }) => {
      const body = document.querySelector(BODY)!;
      const w = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        const i = (n as Text).data.indexOf(text);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + text.length);
        const b = r.getClientRects()[0];
        return { x: b.left + b.width / 2, y: b.top + b.height / 2, left: b.left, top: b.top, width: b.width, height: b.height };
      }
      throw new Error('not found');
    },
    { BODY, text },
  );
}

it('paints with CSS highlights: one name per severity, rules in a document sheet, the body untouched', async () => {
  const p = await page();
  const before = await p.locator(BODY).evaluate((b) => b.innerHTML);
  const { painted, html } = await paintInPage(p, false);
  expect(painted).toBe(3);
  expect(html).toBe(before);
  const reg = await p.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((hl, name) => (out[name.split('-').pop()!] = [...hl].map((r) => (r as Range).toString())));
    const rules = [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).filter((t) => t.includes('::highlight'));
    return { out, rules };
  });
  expect(reg.out).toEqual({ strong: ['offer expires Friday'], warning: ['only have 3 spots left'], hint: ['you need to sign today'] });
  // Each severity has its own line style as well as colour.
  expect(reg.rules.some((r) => r.includes('wavy'))).toBe(true);
  expect(reg.rules.some((r) => r.includes('dotted'))).toBe(true);
  // Hit-testing by position: over a painted phrase, and off it.
  const c = await centreOf(p, 'only have 3 spots left');
  expect(await p.evaluate(({ x, y }) => (window as any).painter.hitTest(x, y)?.text ?? null, c)).toBe('only have 3 spots left');
  const off = await centreOf(p, 'Thanks for walking');
  expect(await p.evaluate(({ x, y }) => (window as any).painter.hitTest(x, y), off)).toBeNull();
  await p.evaluate(() => (window as any).painter.destroy());
  expect(await p.evaluate(() => [...CSS.highlights.keys()].length)).toBe(0);
});

it('falls back to overlay boxes outside the editor, placed over the words, and still hit-tests', async () => {
  const p = await page();
  const before = await p.locator(BODY).evaluate((b) => b.innerHTML);
  const { painted, html } = await paintInPage(p, true);
  expect(painted).toBe(3);
  expect(html).toBe(before);
  await p.waitForTimeout(100);
  const boxes = await p.evaluate(() => {
    const host = document.querySelector('care-coach-overlay')!;
    return [...host.shadowRoot!.querySelectorAll('div > div')].map((d) => (d as HTMLElement).getBoundingClientRect().toJSON());
  });
  expect(await p.evaluate((BODY) => !!document.querySelector(BODY)!.querySelector('care-coach-overlay'), BODY)).toBe(false);
  // "offer expires Friday" wraps in this layout: a box per line, and one box per other phrase.
  expect(boxes.length).toBeGreaterThanOrEqual(3);
  const target = await centreOf(p, 'only have 3 spots left');
  expect(boxes.some((b) => Math.abs(b.left - target.left) < 1 && Math.abs(b.top - target.top) < 1 && Math.abs(b.width - target.width) < 1)).toBe(true);
  expect(await p.evaluate(({ x, y }) => (window as any).painter.hitTest(x, y)?.text ?? null, target)).toBe('only have 3 spots left');
  expect(await p.evaluate(() => [...CSS.highlights.keys()].length)).toBe(0);
  await p.evaluate(() => (window as any).painter.destroy());
  expect(await p.evaluate(() => document.querySelector('care-coach-overlay'))).toBeNull();
});

it('skips spans whose text changed since the snapshot', async () => {
  const p = await page();
  await p.evaluate((BODY) => {
    const body = document.querySelector(BODY)!;
    const w = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) if ((n as Text).data.includes('you need to sign today')) (window as any).target = n;
  }, BODY);
  const painted = await p.evaluate((BODY) => {
    const w = window as any;
    const body = document.querySelector(BODY) as HTMLElement;
    const snap = w.CC.createSnapshot(body, { exclude: w.CC.GMAIL_EXCLUDE });
    const start = snap.text.indexOf('you need to sign today');
    // The rep types after the analysis read the text and before the paint.
    w.target.data = w.target.data.replace('you need', 'you may want');
    return w.CC.createHighlightPainter({ element: body }).paint([{ start, end: start + 22, text: 'you need to sign today', severity: 'strong' }], snap);
  }, BODY);
  expect(painted).toBe(0);
});

it('edits through the input path: Ctrl+Z undoes a replacement in a contenteditable and in a textarea', async () => {
  const p = await page();
  const before = await p.locator(BODY).evaluate((b) => b.innerHTML);
  const ok = await p.evaluate((BODY) => {
    const w = window as any;
    const body = document.querySelector(BODY) as HTMLElement;
    const snap = w.CC.createSnapshot(body, { exclude: w.CC.GMAIL_EXCLUDE });
    const start = snap.text.indexOf('you need to sign today');
    return w.CC.replaceRange(body, snap.toRange(start, start + 22), 'you are welcome to take your time');
  }, BODY);
  expect(ok).toBe(true);
  expect(await p.locator(BODY).evaluate((b) => b.innerHTML)).toBe(before.replace('you need to sign today', 'you are welcome to take your time'));
  await p.keyboard.press('Control+z');
  expect(await p.locator(BODY).evaluate((b) => b.innerHTML)).toBe(before);

  await p.evaluate(() => {
    const t = document.createElement('textarea');
    t.value = 'Call notes: we need to push them to sign this week.';
    document.body.append(t);
  });
  const typed: string[] = [];
  await p.exposeFunction('noteInput', (v: string) => typed.push(v));
  const changed = await p.evaluate(() => {
    const t = document.querySelector('textarea')!;
    t.addEventListener('input', () => (window as any).noteInput(t.value));
    const start = t.value.indexOf('push them to sign');
    (window as any).CC.replaceInTextControl(t, start, start + 17, 'learn what they need');
    return t.value;
  });
  expect(changed).toBe('Call notes: we need to learn what they need this week.');
  // Frameworks hear a normal input event.
  await expect.poll(() => typed.length).toBeGreaterThan(0);
  await p.keyboard.press('Control+z');
  expect(await p.evaluate(() => document.querySelector('textarea')!.value)).toBe('Call notes: we need to push them to sign this week.');
});
