import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { drawnWithin, highlights, inside, mutationsIn, overlayBoxes, paddingBox, watchMutations } from './notes-helpers';

const SF_NOTE = 'https://acme.lightning.force.com/lightning/r/Opportunity/006Hs00001NWX/view';
const SF_CALL = 'https://acme.lightning.force.com/lightning/action/quick/Global.LogACall';
const HS_NOTE = 'https://app.hubspot.com/contacts/4410921/record/0-1/751';
const HS_EMAIL = 'https://app.hubspot.com/contacts/4410921/record/0-1/751/email';
const PD_NOTE = 'https://acme.pipedrive.com/deal/42';
const PD_ACTIVITY = 'https://acme.pipedrive.com/activities/list';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await h.serve(SF_NOTE, { file: 'crm/salesforce-note.html' });
  await h.serve(SF_CALL, { file: 'crm/salesforce-log-a-call.html' });
  await h.serve(HS_NOTE, { file: 'crm/hubspot-note.html' });
  await h.serve(HS_EMAIL, { file: 'crm/hubspot-email.html' });
  await h.serve(PD_NOTE, { file: 'crm/pipedrive-note.html' });
  await h.serve(PD_ACTIVITY, { file: 'crm/pipedrive-activity.html' });
});
afterAll(async () => h?.close());

const EDITOR = '[data-testid="editor"]';
const texts = (hs: Array<{ text: string }>) => hs.map((x) => x.text).sort();

describe('rich-text note editors: highlights on the right words, inside the editor', () => {
  it.each([
    ['HubSpot note (ProseMirror)', HS_NOTE, ['go in for the kill', 'overcome their objections']],
    ['Pipedrive deal note', PD_NOTE, ['go in for the kill', 'overcome their objections']],
    ['Pipedrive activity note', PD_ACTIVITY, ['wear them down']],
  ])('%s', async (_name, url, expected) => {
    const page = await h.newPage();
    await page.goto(url);
    const before = await page.$eval(EDITOR, (el) => el.innerHTML);
    await watchMutations(page, EDITOR);
    await expect.poll(async () => texts(await highlights(page)), { timeout: 10_000 }).toEqual(expected);
    const editorBox = await page.$eval(EDITOR, (el) => el.getBoundingClientRect().toJSON());
    for (const hl of await highlights(page)) {
      expect(hl.rects.length).toBeGreaterThan(0);
      for (const r of hl.rects) expect(inside(r, editorBox), `${hl.text} ${JSON.stringify(r)}`).toBe(true);
    }
    // Painting touched nothing in the note.
    expect(await page.$eval(EDITOR, (el) => el.innerHTML)).toBe(before);
    expect(await mutationsIn(page)).toEqual([]);
    await page.close();
  });

  it('HubSpot email: the quoted reply and the signature are not coached', async () => {
    const page = await h.newPage();
    await page.goto(HS_EMAIL);
    await expect.poll(async () => texts(await highlights(page)), { timeout: 10_000 }).toEqual(['lock it in now', 'offer expires Friday']);
    await page.close();
  });
});

describe('Salesforce', () => {
  it('Log a Call comments (textarea): boxes inside the field, following its scroll and the modal scroll', async () => {
    const page = await h.newPage();
    await page.goto(SF_CALL);
    const value = await page.$eval(EDITOR, (el) => (el as HTMLTextAreaElement).value);
    await watchMutations(page, EDITOR);
    // The flagged words are on the last line, below the 5-row field until it scrolls.
    await page.$eval(EDITOR, (el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(async () => (await overlayBoxes(page)).length, { timeout: 10_000 }).toBe(2);
    let field = await paddingBox(page, EDITOR);
    const shown = await overlayBoxes(page);
    expect(drawnWithin(shown, field), JSON.stringify({ shown, field })).toBe(true);
    // On the line of "Plan: go in for the kill…": the second box is to the right of the first.
    expect(shown[1].top).toBeCloseTo(shown[0].top, 0);
    expect(shown[1].left).toBeGreaterThan(shown[0].right);

    // Scrolling the field up by one line (21px) moves every box down by as much.
    await page.$eval(EDITOR, (el) => (el.scrollTop -= 21));
    await expect.poll(async () => (await overlayBoxes(page))[0]?.top, { timeout: 5_000 }).toBeCloseTo(shown[0].top + 21, 0);
    expect(drawnWithin(await overlayBoxes(page), field)).toBe(true);

    // Scrolled to the top, the flagged line is out of view: nothing is drawn outside the field.
    await page.$eval(EDITOR, (el) => (el.scrollTop = 0));
    await expect.poll(async () => (await overlayBoxes(page)).length, { timeout: 5_000 }).toBe(0);

    // Scrolling the modal body moves the field, and the boxes with it.
    await page.$eval(EDITOR, (el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(async () => (await overlayBoxes(page))[0]?.top, { timeout: 5_000 }).toBeCloseTo(shown[0].top, 0);
    await page.$eval('[data-testid="modal-body"]', (el) => (el.scrollTop = 40));
    await expect.poll(async () => (await overlayBoxes(page))[0]?.top, { timeout: 5_000 }).toBeCloseTo(shown[0].top - 40, 0);
    field = await paddingBox(page, EDITOR);
    expect(drawnWithin(await overlayBoxes(page), field)).toBe(true);

    // Resizing the field re-wraps the mirror: the boxes stay on the words.
    await page.$eval(EDITOR, (el) => ((el as HTMLElement).style.width = '60%'));
    await page.$eval(EDITOR, (el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(async () => drawnWithin(await overlayBoxes(page), await paddingBox(page, EDITOR)), { timeout: 5_000 }).toBe(true);

    expect(await page.$eval(EDITOR, (el) => (el as HTMLTextAreaElement).value)).toBe(value);
    expect((await mutationsIn(page)).filter((m) => !m.startsWith('attributes:TEXTAREA'))).toEqual([]);
    await page.close();
  });

  it('rich-text note in a shadow root (lightning-input-rich-text): found on focus, boxes over the words', async () => {
    const page = await h.newPage();
    await page.goto(SF_NOTE);
    const editor = page.locator('lightning-input-rich-text').locator(EDITOR);
    await page.waitForTimeout(1000);
    // Not reachable by a document query: nothing is coached before the rep clicks in.
    expect(await overlayBoxes(page)).toEqual([]);
    await editor.click();
    await expect.poll(async () => (await overlayBoxes(page)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    const box = (await editor.boundingBox())!;
    const editorRect = { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height, width: box.width, height: box.height };
    for (const b of await overlayBoxes(page)) expect(inside(b, editorRect)).toBe(true);
    await page.close();
  });
});

it('sends nothing over the network', () => {
  expect(h.unexpected()).toEqual([]);
});
