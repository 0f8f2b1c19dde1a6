/**
 * The draft is the rep's: through 100 random edits, each followed by the coach's analysis and
 * painting, the body's HTML in a browser with the extension equals the body's HTML in a browser
 * without it, step by step. No span, attribute or class of ours ever reaches what Gmail sends.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { BODY, bodyHtml, openGmailFixture, paintedRanges, waitForCoach } from './gmail-fixtures';

let coached: Harness;
let plain: Harness;
beforeAll(async () => {
  [coached, plain] = await Promise.all([launch(), launch({ extension: false })]);
});
afterAll(async () => {
  await coached?.close();
  await plain?.close();
});

/** Deterministic PRNG (mulberry32) so a failure can be replayed from its seed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['this offer expires Friday', 'we only have 3 spots left', 'you need to sign today', 'what would success look like for you?', 'thanks', 'the pilot', 'no pressure at all', 'Sam', ' ', '. ', 'just sign page 4', 'all your competitors already switched', 'happy to help'];
type Step = { keys?: string[]; type?: string };

function randomStep(r: () => number): Step {
  const pick = <T,>(a: T[]) => a[Math.floor(r() * a.length)];
  const n = 1 + Math.floor(r() * 4);
  switch (Math.floor(r() * 8)) {
    case 0:
    case 1:
    case 2:
      return { type: pick(WORDS) };
    case 3:
      return { keys: Array(n).fill('Backspace') };
    case 4:
      return { keys: ['Enter'] };
    case 5:
      return { keys: Array(n).fill(pick(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'])) };
    case 6:
      return { keys: [...Array(n).fill('Shift+ArrowLeft'), 'Delete'] };
    default:
      return { keys: [pick(['Home', 'End', 'Control+z'])] };
  }
}

async function run(page: Page, s: Step) {
  if (s.type) await page.keyboard.type(s.type);
  for (const k of s.keys ?? []) await page.keyboard.press(k);
}

async function placeCaret(page: Page) {
  // Same starting caret in both pages: end of the draft's second paragraph.
  await page.locator(BODY).evaluate((b) => {
    (b as HTMLElement).focus();
    const p = b.querySelectorAll(':scope > div > div')[1];
    const r = document.createRange();
    r.selectNodeContents(p);
    r.collapse(false);
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(r);
  });
}

it('leaves the body HTML exactly as the edits alone make it, through 100 edits and analyses', { timeout: 180_000 }, async () => {
  const [a, b] = await Promise.all([openGmailFixture(coached, 'compose'), openGmailFixture(plain, 'compose')]);
  await waitForCoach(a);
  expect(await bodyHtml(a)).toBe(await bodyHtml(b));
  await placeCaret(a);
  await placeCaret(b);
  const revision = async () => Number(await a.locator('.cc-root').getAttribute('data-revision'));
  const startRevision = await revision();
  const r = rng(20250603);
  for (let i = 0; i < 100; i++) {
    const step = randomStep(r);
    await Promise.all([run(a, step), run(b, step)]);
    // Let the debounced analysis and paint happen before comparing.
    await a.waitForTimeout(220);
    const [ha, hb] = await Promise.all([bodyHtml(a), bodyHtml(b)]);
    if (ha !== hb) throw new Error(`step ${i} (${JSON.stringify(step)}): body HTML differs\ncoached: ${ha}\nplain:   ${hb}`);
  }
  // The coach really was working throughout: it analysed many times and paints findings.
  expect((await revision()) - startRevision).toBeGreaterThan(30);
  expect((await paintedRanges(a)).length).toBeGreaterThan(0);
  // And nothing of ours sits anywhere in the compose window's markup.
  const ours = await a.locator('[role="dialog"]').first().evaluate((d) => d.querySelectorAll('[class*="cc-"], [data-care-coach], care-coach-ui, care-coach-overlay').length);
  expect(ours).toBe(0);
});
