import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { openGmailFixture, paintedRanges, waitForCoach, findingsCount } from './gmail-fixtures';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

it('highlights the pushy phrases of the draft, not the quoted reply or the signature', async () => {
  const page = await openGmailFixture(h, 'compose');
  await waitForCoach(page);
  await expect.poll(async () => (await paintedRanges(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
  const ranges = await paintedRanges(page);
  const texts = ranges.map((r) => r.text);
  expect(texts).toEqual(expect.arrayContaining(['offer expires Friday', 'only have 3 spots left', 'All your competitors already switched', 'you need to sign today']));
  // The same words sit in the quoted reply ("offer expires today", "only 3 spots left") and the
  // signature ("Only 2 seats left"): none of them is painted.
  expect(ranges.filter((r) => r.excluded)).toEqual([]);
  expect(texts).not.toContain('offer expires today');
  expect(texts.some((t) => /Only 2 seats left/i.test(t))).toBe(false);
  // One highlight name per severity of this session; names are unique to the session.
  for (const r of ranges) expect(r.name).toMatch(/^care-coach-[a-z0-9]+-[a-z0-9]+-(hint|warning|strong)$/);
  // The badge counts body findings plus the subject's (none here).
  expect(await findingsCount(page)).toBe(ranges.length);
});
