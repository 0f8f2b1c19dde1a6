#!/usr/bin/env node
// Runs every test: type check, unit + component + corpus tests, the extension build, then the
// real-browser tests in Chromium. Ends with one line "N passed, N failed" (CI reads it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const out = join(root, '.cache', 'test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;

function run(label, cmd, args) {
  console.log(`\n== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return r.status === 0;
}

function vitest(label, config, file) {
  const json = join(out, file);
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`];
  if (config) args.push('--config', config);
  const ok = run(label, 'npx', args);
  if (!existsSync(json)) {
    console.error(`${label}: the runner produced no report (it crashed before running tests).`);
    failed++;
    return;
  }
  const r = JSON.parse(readFileSync(json, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A suite that failed to load (syntax error, missing module) has no failed *tests*: count it.
  const brokenSuites = (r.testResults ?? []).filter((s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0).length;
  failed += brokenSuites;
  if (!ok && r.numFailedTests === 0 && brokenSuites === 0) failed++;
}

if (run('Type check', 'npx', ['tsc', '--noEmit'])) passed++;
else failed++;

// Build first: the privacy scan, the size budget and the browser tests read the built extension.
const built =
  run('Build the extension (Chrome)', 'npx', ['wxt', 'build']) && run('Build the extension (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
if (built) passed++;
else failed++;

vitest('Unit, component, corpus and privacy tests', null, 'unit.json');

if (!built) {
  console.error('The build failed, so the real-browser tests were not run.');
} else if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.error('Chromium is missing: install it with `apt-get install -y chromium` to run the real-browser tests.');
  failed++;
} else {
  vitest('Real-browser tests (Chromium and Firefox with the built extension)', 'vitest.browser.config.ts', 'browser.json');
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
