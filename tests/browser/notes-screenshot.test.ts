/**
 * Regenerates docs/screenshot-sidepanel.png (CARE_COACH_SCREENSHOTS=1): the side panel during a
 * discovery call, with notes, a running timer, the checklist partly ticked and a finding.
 * Skipped in normal runs: a test shouldn't write into the repository.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, ROOT, type Harness } from './harness';
import { overlayBoxes } from './notes-helpers';

const enabled = !!process.env.CARE_COACH_SCREENSHOTS;
let h: Harness;
beforeAll(async () => {
  if (enabled) h = await launch();
});
afterAll(async () => h?.close());

const NOTES = [
  'Dana Ruiz, VP Support Ops at Northwind. 40 agents over two shifts.',
  'New agents take six weeks to ramp; she wants two.',
  'What would success look like for you by summer? Ramp in two weeks, CSAT back above 90.',
  'Asked what worries them most: the night shift adopting yet another tool.',
  'Budget frozen until Q3; their CFO signs anything over 50k.',
  'We showed our dashboards and the routing rules.',
  'They mentioned Gong and an in-house build.',
  'Plan: go in for the kill on Thursday.',
].join('\n');

it.skipIf(!enabled)('side panel screenshot', async () => {
  const page = await h.newPage();
  await page.setViewportSize({ width: 400, height: 900 });
  await page.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
  await page.waitForSelector('[data-testid="sp-pad"]');
  // A call that started 18 minutes ago, with one question ticked by hand (asked aloud).
  await page.evaluate(async () => {
    const key = 'careCoach.calls';
    const { [key]: stored } = (await chrome.storage.local.get(key)) as Record<string, { calls: Array<Record<string, unknown>>; currentId: string }>;
    const call = stored.calls[0];
    call.title = 'Northwind: discovery with Dana';
    call.timer = { elapsedMs: 0, runningSince: Date.now() - (18 * 60 + 42) * 1000 };
    call.manualTicks = ['clarity'];
    await chrome.storage.local.set({ [key]: stored });
  });
  await page.reload();
  await page.waitForSelector('[data-testid="sp-pad"]');
  await page.click('[data-testid="sp-pad"]');
  await page.keyboard.insertText(NOTES);
  await expect.poll(async () => (await overlayBoxes(page)).length, { timeout: 10_000 }).toBe(1);
  await page.waitForTimeout(1200);
  await page.$eval('[data-testid="sp-pad"]', (el) => (el as HTMLElement).blur());
  await page.screenshot({ path: join(ROOT, 'docs', 'screenshot-sidepanel.png'), fullPage: true });
  await page.close();
});
