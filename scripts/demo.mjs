#!/usr/bin/env node
/**
 * npm start: builds the extension, then opens Chromium with it loaded on a demo Gmail inbox (served
 * at https://mail.google.com/ from tests/fixtures/gmail/demo.html, nothing leaves the machine)
 * where a pushy draft is already open, so the coach is visible at once.
 *
 * Without a display (a server, a container) it says so, explains how to load .output/chrome-mv3
 * into your own Chrome, runs the same demo headless and writes a screenshot.
 *
 * Options: --no-build (use the existing build), --headless (never open a window),
 *          --screenshot=FILE (where the headless run writes its picture).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const extensionDir = process.env.CARE_COACH_EXTENSION_DIR ?? join(root, '.output', 'chrome-mv3');

const say = (...lines) => console.log(lines.join('\n'));

function loadUnpackedHelp() {
  return [
    '',
    'To use Care Coach in your own Chrome (or Edge, Brave):',
    '  1. Open chrome://extensions',
    '  2. Turn on "Developer mode" (top right)',
    `  3. Click "Load unpacked" and choose ${extensionDir}`,
    '  4. Open Gmail and write an email: underlines appear as you type, and the badge on the compose window opens the coach.',
  ];
}

if (!flag('no-build')) {
  say('Building Care Coach (npx wxt build)…');
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(1);
  }
}
if (!existsSync(join(extensionDir, 'manifest.json'))) {
  console.error(`No built extension at ${extensionDir}. Run "npm run build" first, or drop --no-build.`);
  process.exit(1);
}

const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
const headless = flag('headless') || !hasDisplay;
if (!hasDisplay) {
  say('', 'No display found (DISPLAY is not set), so no browser window can open here.', ...loadUnpackedHelp(), '', 'Meanwhile, the demo runs headless in Chromium here:');
}

const { launch, CHROMIUM } = await tsImport('../tests/browser/harness.ts', import.meta.url);
const { openDemo, waitForCoach } = await tsImport('../tests/browser/gmail-fixtures.ts', import.meta.url);

let h;
try {
  h = await launch({ headless, viewport: { width: 1280, height: 860 } });
} catch (e) {
  say('', `Could not start Chromium (${CHROMIUM}): ${e instanceof Error ? e.message.split('\n')[0] : e}`);
  say('Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.', ...loadUnpackedHelp());
  process.exit(1);
}

try {
  const page = await openDemo(h);
  await waitForCoach(page);
  const badge = page.locator('[data-testid="cc-badge"]');
  const findings = Number(await badge.getAttribute('data-findings'));
  const score = await badge.getAttribute('data-score');
  // Open the panel so a first look shows everything: findings, score, questions.
  await badge.click();
  const phrases = await page.locator('[data-testid="cc-panel"] .cc-finding-quote').allTextContents();
  say('', `Care Coach is coaching the demo draft: ${findings} findings, care score ${score} of 100.`, ...phrases.map((p) => `  • ${p}`));
  if (headless) {
    const file = resolve(root, option('screenshot') ?? join('.output', 'demo-screenshot.png'));
    mkdirSync(dirname(file), { recursive: true });
    await page.waitForTimeout(300);
    await page.screenshot({ path: file });
    say('', `Screenshot of the demo: ${file}`);
    await h.close();
  } else {
    say(
      '',
      'In the window: hover or click an underlined phrase for its card, "Apply" a kinder wording (Ctrl+Z undoes it),',
      'insert a question from the panel, or press Alt+Shift+C to step through findings. Edit freely: it is a sandbox.',
      'Close the browser window to end the demo.',
    );
    await new Promise((done) => h.context.on('close', done));
    await h.close().catch(() => {});
  }
} catch (e) {
  console.error(`The demo stopped: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
  await h.close().catch(() => {});
  process.exit(1);
}
