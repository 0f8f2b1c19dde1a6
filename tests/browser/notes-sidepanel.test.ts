/**
 * The discovery-call side panel in a real browser: the checklist ticks as questions are typed
 * (paraphrases count), the next question follows what the buyer said, notes persist in local
 * storage until cleared, Markdown downloads from a Blob, and the panel follows a CRM note.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { overlayBoxes } from './notes-helpers';

const HS_NOTE = 'https://app.hubspot.com/contacts/4410921/record/0-1/751';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await h.serve(HS_NOTE, { file: 'crm/hubspot-note.html' });
});
afterAll(async () => h?.close());

async function openPanel(): Promise<Page> {
  const page = await h.newPage();
  await page.setViewportSize({ width: 400, height: 900 });
  await page.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
  await page.waitForSelector('[data-testid="sp-pad"]');
  return page;
}

const done = (page: Page) =>
  page.$$eval('[data-testid="sp-checklist"] li[data-done="true"]', (els) => els.map((e) => `${e.getAttribute('data-question')}:${e.getAttribute('data-source')}`));

describe('the checklist', () => {
  it('ticks each of the five as the notes show it asked, in the rep’s own words', async () => {
    const page = await openPanel();
    await page.click('[data-testid="sp-pad"]');
    expect(await done(page)).toEqual([]);
    const lines: Array<[string, string]> = [
      ['Asked what success looks like in six months: ramp in two weeks.\n', 'outcome'],
      ['Q: what worries you most about switching?\n', 'concerns'],
      ['How would this fit into your current workflow?\n', 'fit'],
      ['What would you do if you did not pick us?\n', 'alternatives'],
      ['Is anything unclear before you decide?\n', 'clarity'],
    ];
    const expected: string[] = [];
    for (const [line, id] of lines) {
      await page.keyboard.type(line);
      expected.push(`${id}:notes`);
      await expect.poll(async () => (await done(page)).sort(), { timeout: 5_000 }).toEqual([...expected].sort());
    }
    expect(await page.textContent('[data-testid="sp-progress"]')).toBe('5 of 5 asked');
    await page.close();
  });

  it('suggests the next question from what the buyer said, and a manual tick counts', async () => {
    const page = await openPanel();
    await page.click('[data-testid="sp-new-call"]');
    await page.click('[data-testid="sp-pad"]');
    await page.keyboard.type('They mentioned Gong and an in-house build.');
    await expect.poll(() => page.getAttribute('[data-testid="sp-next"]', 'data-question'), { timeout: 5_000 }).toBe('alternatives');
    expect(await page.textContent('[data-testid="sp-cue"]')).toContain('in-house build');
    // Asked aloud, not written down: the rep ticks it, and the next question moves on.
    await page.click('li[data-question="alternatives"] button');
    await expect.poll(() => done(page)).toEqual(['alternatives:manual']);
    expect(await page.getAttribute('[data-testid="sp-next"]', 'data-question')).not.toBe('alternatives');
    await page.close();
  });
});

describe('the pad', () => {
  it('coaches the pad like a CRM note: boxes over the flagged words', async () => {
    const page = await openPanel();
    await page.click('[data-testid="sp-new-call"]');
    await page.click('[data-testid="sp-pad"]');
    await page.keyboard.type('Plan: go in for the kill on Thursday.');
    await expect.poll(async () => (await overlayBoxes(page)).length, { timeout: 5_000 }).toBe(1);
    expect(await page.textContent('[data-testid="sp-coaching"]')).toContain('go in for the kill');
    await page.close();
  });

  it('keeps notes per call in local storage until cleared, and exports Markdown via a Blob', async () => {
    let page = await openPanel();
    await page.click('[data-testid="sp-new-call"]');
    await page.fill('[data-testid="sp-title"]', 'Northwind discovery');
    await page.click('[data-testid="sp-pad"]');
    await page.keyboard.type('Budget frozen until Q3.\nWhat would success look like for you by summer?');
    await page.waitForTimeout(800);
    await page.close();

    page = await openPanel();
    expect(await page.inputValue('[data-testid="sp-title"]')).toBe('Northwind discovery');
    expect(await page.inputValue('[data-testid="sp-pad"]')).toContain('Budget frozen until Q3.');
    const stored = await page.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    expect(stored).toContain('Budget frozen until Q3.');
    expect(await page.evaluate(async () => JSON.stringify(await chrome.storage.sync.get(null)))).toBe('{}');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="sp-download-md"]')]);
    expect(download.suggestedFilename()).toMatch(/^call-notes-\d{4}-\d{2}-\d{2}-northwind-discovery\.md$/);
    expect(download.url()).toMatch(/^blob:chrome-extension:/);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toContain('# Northwind discovery');
    expect(md).toContain('Budget frozen until Q3.');
    expect(md).toContain('- [x] Successful outcome');
    expect(md).toContain('- [ ] Concerns and roadblocks');

    await page.click('[data-testid="sp-clear-call"]');
    await page.click('[data-testid="sp-confirm-clear"]');
    await expect.poll(() => page.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)))).not.toContain('Budget frozen');
    await page.close();
  });
});

it('follows the CRM note the rep is writing, then returns to the pad', async () => {
  const panel = await openPanel();
  const crm = await h.newPage();
  await crm.goto(HS_NOTE);
  const editor = crm.locator('[data-testid="editor"]');
  // Wait for the notes coach to be on the editor, then go into it.
  await expect.poll(() => crm.evaluate(() => CSS.highlights.size), { timeout: 15_000 }).toBeGreaterThan(0);
  await editor.click();
  await expect.poll(() => panel.isVisible('[data-testid="sp-following"]'), { timeout: 10_000 }).toBe(true);
  expect(await panel.textContent('[data-testid="sp-following"]')).toContain('HubSpot');
  expect(await panel.textContent('[data-testid="sp-followed-text"]')).toContain('go in for the kill');
  // The note plans to "go in for the kill": the panel suggests inviting their concerns instead.
  expect(await panel.getAttribute('[data-testid="sp-next"]', 'data-question')).toBe('concerns');

  // The rep asks about success in the CRM note: the panel's checklist ticks it.
  await editor.press('Control+End');
  await crm.keyboard.press('Enter');
  await crm.keyboard.type('What would success look like for you in six months?');
  await expect.poll(() => done(panel), { timeout: 10_000 }).toContain('outcome:notes');
  expect(await panel.textContent('[data-testid="sp-followed-text"]')).toContain('six months');

  // Back in the pad, the panel follows the pad again.
  await panel.click('button:has-text("Back to my pad")');
  expect(await panel.isVisible('[data-testid="sp-following"]')).toBe(false);
  expect(await panel.isVisible('[data-testid="sp-pad"]')).toBe(true);
  await crm.close();
  await panel.close();
});

it('sends nothing over the network', () => {
  expect(h.unexpected()).toEqual([]);
});
