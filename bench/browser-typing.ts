/**
 * In the real browser: Debian's Chromium with the built extension, a Gmail compose (the test
 * suite's compose fixture, served at mail.google.com with Gmail's CSP) holding a 1,000-word draft, and
 * 200 characters typed at its end with a fast typist's rhythm (a short pause between words now
 * and then, so the coach's debounced analysis runs while typing, as it does for a real rep).
 *
 * Measured while typing:
 * - long tasks (PerformanceObserver 'longtask' in the page: any task over 50 ms, whoever ran it);
 * - the longest main-thread task of any length, and the extension's scripting time, from a
 *   Chromium trace (FunctionCall / EvaluateScript / compile events whose script is the
 *   extension's, merged so nested events count once);
 * - CDP Performance.getMetrics ScriptDuration (all script in the tab; the fixture has none of
 *   its own, so it bounds the extension's time from above);
 * - each analysis the coach ran (its data-analysis-ms, read from its open shadow root).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { generateDraft } from './corpus-generator';
import { createRandom } from './random';
import { ROOT } from './paths';
import { summarize, type Summary } from './stats';

export interface BrowserTypingRun {
  chromium: string;
  draftWords: number;
  typed: number;
  keyDelayMs: number;
  durationMs: number;
  longTasks: number[];
  /** Longest main-thread task of any kind while typing (layout, input, ours…). */
  maxTaskMs: number;
  /** Longest main-thread task in which the extension's script ran. */
  maxExtensionTaskMs: number;
  /** Main-thread tasks over 50 ms in which the extension's script ran (from the trace). */
  extensionLongTasks: number[];
  /** Every analysis the coach ran while typing, in order (ms). */
  analysisTimes: number[];
  extensionScriptMs: number;
  extensionScriptMsPerKey: number;
  tabScriptMsPerKey: number;
  analyses: number;
  analysisMs: Summary | null;
  findingsBefore: number;
  findingsAfter: number;
}

/** What the rep types: plain words with a deadline and a close in the middle, exactly 200 characters. */
export const TYPED_TEXT = (
  ' Also, this offer expires Friday, so you need to sign today. Happy to walk the rollout plan through with your team next week if that helps, and I can send the pricing sheet before then as well, thanks.'
).slice(0, 200);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The draft as Gmail's compose body holds it: a div per line, an empty div between paragraphs. */
export function draftHtml(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `<div>${escapeHtml(line)}</div>` : '<div><br></div>'))
    .join('');
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string; fileName?: string } };
}

/** Total length of the union of intervals (µs → ms). */
function unionMs(intervals: Array<[number, number]>): number {
  intervals.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of intervals) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total / 1000;
}

async function traced<T>(cdp: CDPSession, run: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (p) => void events.push(...(p.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8'].join(','),
    transferMode: 'ReportEvents',
  });
  const result = await run();
  await cdp.send('Tracing.end');
  await done;
  return { result, events };
}

async function scriptDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

/** Collects the coach's per-analysis times from its shadow root (page world; the root is open). */
async function watchAnalyses(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __ccAnalyses: number[]; __ccLong: number[] };
    w.__ccAnalyses = [];
    w.__ccLong = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__ccLong.push(e.duration);
    }).observe({ type: 'longtask' });
    const host = document.querySelector('care-coach-ui');
    const root = host?.shadowRoot?.querySelector('.cc-root');
    if (!root) return;
    new MutationObserver(() => {
      const ms = Number(root.getAttribute('data-analysis-ms'));
      if (Number.isFinite(ms)) w.__ccAnalyses.push(ms);
    }).observe(root, { attributes: true, attributeFilter: ['data-revision'] });
  });
}

/**
 * The test suite's popup compose (tests/fixtures/gmail/compose.html, Gmail's DOM and classes)
 * with its body's contents (greeting, signature, quoted thread) replaced by the generated draft.
 * The body is the `g_editable` div; its table cell closes right after it.
 */
export function composeWithDraft(fixture: string, draftHtml: string): string {
  const body = /(g_editable="true"[^>]*>)[\s\S]*?(<\/div><\/div><\/td><\/tr><\/tbody><\/table>)/;
  if (!body.test(fixture)) throw new Error('tests/fixtures/gmail/compose.html: no compose body (a g_editable div) to put the draft in');
  // A function, so "$" in the draft is not read as a replacement pattern.
  return fixture.replace(body, (_m, open: string, close: string) => `${open}${draftHtml}${close}`);
}

export async function runBrowserTyping(opts: { seed: number; draftWords: number; keyDelayMs: number; log: (l: string) => void }): Promise<BrowserTypingRun> {
  // Loaded here, not at the top: the rest of the bench runs without playwright.
  const { launch, GMAIL_CSP, CHROMIUM } = await import('../tests/browser/harness');
  const { BODY, FIXTURE_CSS_URL, fixtureUrl, findingsCount, waitForCoach } = await import('../tests/browser/gmail-fixtures');
  const draft = generateDraft(opts.draftWords, opts.seed);
  const html = composeWithDraft(readFileSync(join(ROOT, 'tests', 'fixtures', 'gmail', 'compose.html'), 'utf8'), draftHtml(draft.text));
  const h = await launch();
  try {
    const url = fixtureUrl('bench-compose');
    await h.serve(FIXTURE_CSS_URL, { file: 'gmail/gmail.css', contentType: 'text/css; charset=utf-8' });
    await h.serve(url, { body: html, headers: { 'content-security-policy': GMAIL_CSP } });
    const page = await h.newPage();
    await page.goto(url);
    await waitForCoach(page);
    // Let the start-up work (lexicon warm-up, first analysis, UI mount) finish before measuring.
    await page.waitForTimeout(1500);
    const findingsBefore = await findingsCount(page);
    await page.locator(BODY).click();
    await page.keyboard.press('Control+End');
    await watchAnalyses(page);
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const scriptBefore = await scriptDuration(cdp);
    const r = createRandom(opts.seed + 11);
    opts.log(`browser: typing ${TYPED_TEXT.length} characters into a ${draft.words}-word compose`);
    const started = performance.now();
    const { events } = await traced(cdp, async () => {
      for (const ch of TYPED_TEXT) {
        await page.keyboard.type(ch);
        // A fast typist: a key every keyDelayMs, and now and then a pause after a word.
        await page.waitForTimeout(ch === ' ' && r.chance(0.3) ? 400 : opts.keyDelayMs);
      }
      // The debounced analysis after the last key.
      await page.waitForTimeout(1200);
    });
    const durationMs = performance.now() - started;
    const scriptAfter = await scriptDuration(cdp);
    const { longTasks, analyses } = await page.evaluate(() => {
      const w = window as unknown as { __ccAnalyses: number[]; __ccLong: number[] };
      return { longTasks: w.__ccLong, analyses: w.__ccAnalyses };
    });
    const findingsAfter = await findingsCount(page);

    const fromExtension = (e: TraceEvent) => {
      const d = e.args?.data;
      const u = d?.url ?? d?.scriptName ?? d?.fileName ?? '';
      return u.startsWith('chrome-extension://');
    };
    const isScript = (e: TraceEvent) => e.ph === 'X' && e.dur !== undefined && ['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule'].includes(e.name);
    // The page's main thread is where the content script runs (other renderers and the service
    // worker are in the trace too): the thread with the most extension script time.
    const byThread = new Map<string, number>();
    for (const e of events) if (isScript(e) && fromExtension(e)) byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
    const main = [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
    const onMain = (e: TraceEvent) => `${e.pid}:${e.tid}` === main;
    const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && onMain(e) && e.dur !== undefined);
    const scriptEvents = events.filter((e) => isScript(e) && onMain(e) && fromExtension(e));
    const extensionScriptMs = unionMs(scriptEvents.map((e) => [e.ts, e.ts + (e.dur ?? 0)]));
    const ours = tasks.filter((t) => scriptEvents.some((e) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0)));
    return {
      chromium: CHROMIUM,
      draftWords: draft.words,
      typed: TYPED_TEXT.length,
      keyDelayMs: opts.keyDelayMs,
      durationMs,
      longTasks,
      maxTaskMs: Math.max(0, ...tasks.map((t) => (t.dur ?? 0) / 1000)),
      maxExtensionTaskMs: Math.max(0, ...ours.map((t) => (t.dur ?? 0) / 1000)),
      extensionLongTasks: ours.map((t) => (t.dur ?? 0) / 1000).filter((ms) => ms > 50),
      analysisTimes: analyses,
      extensionScriptMs,
      extensionScriptMsPerKey: extensionScriptMs / TYPED_TEXT.length,
      tabScriptMsPerKey: (scriptAfter - scriptBefore) / TYPED_TEXT.length,
      analyses: analyses.length,
      analysisMs: analyses.length ? summarize(analyses) : null,
      findingsBefore,
      findingsAfter,
    };
  } finally {
    await h.close();
  }
}
