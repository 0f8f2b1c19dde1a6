#!/usr/bin/env node
/**
 * Writes the README's screenshots under docs/ from the demo compose (tests/fixtures/gmail/demo.html),
 * with the built extension in Chromium through the test harness: highlights and badge, an open
 * card, and the coach panel. Run after a build: npm run build && node scripts/screenshots.mjs
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'docs');
mkdirSync(outDir, { recursive: true });

const { launch } = await tsImport('../tests/browser/harness.ts', import.meta.url);
const { openDemo, waitForCoach, pointOfText } = await tsImport('../tests/browser/gmail-fixtures.ts', import.meta.url);

const MARGIN = 20;
/** The smallest viewport clip holding every box, with a margin. */
function around(...boxes) {
  const b = boxes.filter(Boolean);
  const x = Math.max(0, Math.min(...b.map((r) => r.x)) - MARGIN);
  const y = Math.max(0, Math.min(...b.map((r) => r.y)) - MARGIN);
  const right = Math.max(...b.map((r) => r.x + r.width)) + MARGIN;
  const bottom = Math.max(...b.map((r) => r.y + r.height)) + MARGIN;
  return { x, y, width: Math.min(1280, right) - x, height: Math.min(900, bottom) - y };
}

const h = await launch({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 2 });
try {
  const page = await openDemo(h);
  await waitForCoach(page);
  const compose = await page.locator('[role="dialog"]').first().boundingBox();
  await page.mouse.move(5, 5);
  await page.waitForTimeout(300);

  // 1. Highlights and the badge, as the rep sees them while typing.
  await page.screenshot({ path: join(outDir, 'screenshot-compose.png'), clip: around(compose) });

  // 2. Hover a highlight: its card.
  const at = await pointOfText(page, 'offer expires Friday');
  await page.mouse.move(at.x, at.y);
  const card = page.locator('[data-testid="cc-card"]');
  await card.waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(outDir, 'screenshot-card.png'), clip: around(compose, await card.boundingBox()) });
  await page.mouse.move(5, 5);
  await card.waitFor({ state: 'detached' });

  // 3. The panel: score, findings, questions (scrolled so the questions show), listening metrics.
  await page.locator('[data-testid="cc-badge"]').click();
  const panel = page.locator('[data-testid="cc-panel"]');
  await panel.waitFor();
  await page.locator('[data-testid="cc-panel"] button.cc-finding').first().hover();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(outDir, 'screenshot-panel.png'), clip: around(compose, await panel.boundingBox()) });
  await page.locator('[data-testid="cc-panel"] .cc-questions').scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(outDir, 'screenshot-questions.png'), clip: around(compose, await panel.boundingBox()) });
  console.log(`Screenshots written to ${outDir}`);
} finally {
  await h.close();
}
