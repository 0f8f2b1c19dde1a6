/**
 * One fixture page per editor framework, on a site the rep opted in: the right words are
 * painted, inside the editor, and the editor is never touched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { drawnWithin, highlights, inside, mutationsIn, optIn, overlayBoxes, paddingBox, watchMutations } from './notes-helpers';

const ORIGIN = 'https://crm.example-inhouse.com';
const KINDS = ['contenteditable', 'prosemirror', 'quill', 'draft', 'slate', 'lexical', 'ckeditor5', 'trix'] as const;
const EDITOR = '[data-testid="editor"]';
const FLAGGED = ['go in for the kill', 'overcome their objections'];

let h: Harness;
beforeAll(async () => {
  h = await launch();
  for (const kind of [...KINDS, 'textarea', 'skipped']) await h.serve(`${ORIGIN}/editors/${kind}.html`, { file: `crm/editors/${kind}.html` });
  await optIn(h.context, h.extensionId, ORIGIN);
});
afterAll(async () => h?.close());

describe('rich editors: CSS highlights on the flagged words, inside the editor, editor untouched', () => {
  it.each(KINDS)('%s', async (kind) => {
    const page = await h.newPage();
    await page.goto(`${ORIGIN}/editors/${kind}.html`);
    const before = await page.$eval(EDITOR, (el) => el.innerHTML);
    await watchMutations(page, EDITOR);
    await expect.poll(async () => (await highlights(page)).map((x) => x.text).sort(), { timeout: 15_000 }).toEqual(FLAGGED);
    const box = await page.$eval(EDITOR, (el) => el.getBoundingClientRect().toJSON());
    for (const hl of await highlights(page)) {
      expect(hl.rects.length).toBeGreaterThan(0);
      for (const r of hl.rects) expect(inside(r, box)).toBe(true);
    }
    expect(await page.$eval(EDITOR, (el) => el.innerHTML)).toBe(before);
    expect(await mutationsIn(page)).toEqual([]);
    await page.close();
  });
});

describe('textarea: boxes over a mirror of the field', () => {
  it('draws a box over each flagged phrase, where the words are', async () => {
    const page = await h.newPage();
    await page.goto(`${ORIGIN}/editors/textarea.html`);
    await watchMutations(page, EDITOR);
    const value = await page.$eval(EDITOR, (el) => (el as HTMLTextAreaElement).value);
    await page.$eval(EDITOR, (el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(async () => (await overlayBoxes(page)).length, { timeout: 15_000 }).toBe(2);
    const field = await paddingBox(page, EDITOR);
    const boxes = (await overlayBoxes(page)).sort((a, b) => a.left - b.left);
    expect(drawnWithin(boxes, field)).toBe(true);
    // Where the words really are: measured with the field's own font.
    const m = await page.$eval(EDITOR, (el) => {
      const cs = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      return { padLeft: parseFloat(cs.paddingLeft), prefix: ctx.measureText('Plan: ').width, kill: ctx.measureText('go in for the kill').width, objections: ctx.measureText('overcome their objections').width };
    });
    expect(Math.abs(boxes[0].left - (field.left + m.padLeft + m.prefix))).toBeLessThan(2);
    expect(Math.abs(boxes[0].width - m.kill)).toBeLessThan(2);
    expect(Math.abs(boxes[1].width - m.objections)).toBeLessThan(2);

    // Typing before the words on their own line moves them right; the boxes follow.
    await page.focus(EDITOR);
    await page.$eval(EDITOR, (el) => {
      const t = el as HTMLTextAreaElement;
      const at = t.value.indexOf('Plan: ');
      t.setSelectionRange(at, at);
    });
    await page.keyboard.type('Next: ');
    const shift = await page.$eval(EDITOR, (el) => {
      const cs = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      return ctx.measureText('Next: Plan: ').width - ctx.measureText('Plan: ').width;
    });
    await expect
      .poll(async () => Math.round((await overlayBoxes(page)).sort((a, b) => a.left - b.left)[0]?.left ?? 0), { timeout: 10_000 })
      .toBeCloseTo(Math.round(boxes[0].left + shift), -1);
    expect(drawnWithin(await overlayBoxes(page), await paddingBox(page, EDITOR))).toBe(true);
    expect(await page.$eval(EDITOR, (el) => (el as HTMLTextAreaElement).value)).toBe(value.replace('Plan: ', 'Next: Plan: '));
    await page.close();
  });

  it('leaves the field alone until the rep applies a suggestion, then edits through undoable input', async () => {
    const page = await h.newPage();
    await page.goto(`${ORIGIN}/editors/textarea.html`);
    const value = await page.$eval(EDITOR, (el) => (el as HTMLTextAreaElement).value);
    await page.$eval(EDITOR, (el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(async () => (await overlayBoxes(page)).length, { timeout: 15_000 }).toBe(2);
    expect(await page.$eval(EDITOR, (el) => (el as HTMLTextAreaElement).value)).toBe(value);
    // Click the first box's words: the card opens; apply its first rewrite.
    const [b] = (await overlayBoxes(page)).sort((x, y) => x.left - y.left);
    await page.mouse.click(b.left + b.width / 2, b.top + b.height / 2);
    const apply = page.locator('care-coach-ui').locator('[data-testid="cc-card"] .cc-alt').first();
    await apply.click();
    await expect.poll(() => page.$eval(EDITOR, (el) => (el as HTMLTextAreaElement).value), { timeout: 5_000 }).not.toBe(value);
    const changed = await page.$eval(EDITOR, (el) => (el as HTMLTextAreaElement).value);
    expect(changed).not.toContain('go in for the kill');
    // Native undo restores the rep's words exactly.
    await page.focus(EDITOR);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.$eval(EDITOR, (el) => (el as HTMLTextAreaElement).value), { timeout: 5_000 }).toBe(value);
    await page.close();
  });
});

it('skips password, read-only, hidden, disabled and spellcheck=false fields', async () => {
  const page = await h.newPage();
  await page.goto(`${ORIGIN}/editors/skipped.html`);
  // The one real note field is coached (proof the script runs here)...
  await expect.poll(async () => (await overlayBoxes(page)).length, { timeout: 15_000 }).toBe(1);
  const control = await paddingBox(page, '[data-testid="control"]');
  expect(drawnWithin(await overlayBoxes(page), control)).toBe(true);
  // ...and nothing else is: no highlight in any contenteditable.
  await page.waitForTimeout(1000);
  expect(await highlights(page)).toEqual([]);
  await page.close();
});

it('sends nothing over the network', () => {
  expect(h.unexpected()).toEqual([]);
});
