/**
 * `care-coach lint`: `file:line:col severity rule message` per finding, and an exit code a CI
 * job can gate on (1 at or above --fail-on, default strong).
 */
import { describe, expect, it, vi } from 'vitest';
import { analyze, type AnalyzeOptions } from '../../analyzers/index';
import { fixtureDir, lineCol, runCli } from './helpers';

// Each case starts a process; on a shared, loaded machine that can take a while.
vi.setConfig({ testTimeout: 120_000 });

const STRONG = 'Hi Sam,\n\nThanks for the time today.\nHeads up: this offer expires today.\n';
const WARNING_ONLY = 'Quick note: we only have 3 spots left this quarter.\n';
const CLEAN = 'Thanks for the call. What would make this worth your time?\n';
const dir = fixtureDir({ 'strong.txt': STRONG, 'warning.txt': WARNING_ONLY, 'clean.txt': CLEAN });

/** The lines lint must print for a file, from the engine's own findings. */
function expected(file: string, text: string, options: AnalyzeOptions = {}): string[] {
  return analyze(text, { kind: 'email', ...options }).findings.map((f) => `${file}:${lineCol(text, f.start)} ${f.severity} ${f.ruleId} ${f.message}`);
}

describe('the fixtures mean what the tests assume', () => {
  it('strong.txt has a strong finding, warning.txt only warnings, clean.txt nothing', () => {
    expect(analyze(STRONG, { kind: 'email' }).findings.some((f) => f.severity === 'strong')).toBe(true);
    const w = analyze(WARNING_ONLY, { kind: 'email' }).findings;
    expect(w.length).toBeGreaterThan(0);
    expect(w.every((f) => f.severity === 'warning')).toBe(true);
    expect(analyze(CLEAN, { kind: 'email', sensitivity: 'high' }).findings).toEqual([]);
  });
});

describe.concurrent('care-coach lint', () => {
  it('one line per finding in file order; exit 1 on a strong finding', async () => {
    const r = await runCli(['lint', 'clean.txt', 'strong.txt', 'warning.txt'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    const want = [...expected('strong.txt', STRONG), ...expected('warning.txt', WARNING_ONLY)];
    expect(r.stdout).toBe(want.map((l) => l + '\n').join(''));
    expect(r.stdout).toMatch(/^strong\.txt:4:16 strong urgency\/\S+ .+$/m);
    const strong = want.filter((l) => / strong /.test(l)).length;
    expect(r.stderr).toBe(`${want.length} findings in 3 files, ${strong} at or above strong\n`);
  });

  it('exit 0 when findings are all below --fail-on', async () => {
    const r = await runCli(['lint', 'warning.txt'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(expected('warning.txt', WARNING_ONLY).map((l) => l + '\n').join(''));
    expect(r.stdout).toMatch(/^warning\.txt:1:\d+ warning scarcity\//m);
  });

  it('--fail-on warning fails on warnings', async () => {
    const r = await runCli(['lint', '--fail-on', 'warning', 'warning.txt'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
  });

  it('--fail-on hint turns hints on', async () => {
    const r = await runCli(['lint', '--fail-on=hint', 'strong.txt'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe(expected('strong.txt', STRONG, { sensitivity: 'high' }).map((l) => l + '\n').join(''));
  });

  it('--sensitivity low hides warnings', async () => {
    const r = await runCli(['lint', '--sensitivity', 'low', 'warning.txt'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('0 findings in 1 file, 0 at or above strong\n');
  });

  it('--ignore a rule and the file passes', async () => {
    const rule = analyze(STRONG, { kind: 'email' }).findings.find((f) => f.severity === 'strong')!.ruleId;
    const others = analyze(STRONG, { kind: 'email' }).findings.filter((f) => f.severity === 'strong' && f.ruleId !== rule);
    const r = await runCli(['lint', '--ignore', rule, 'strong.txt'], { cwd: dir });
    expect(r.code, r.stderr).toBe(others.length ? 1 : 0);
    expect(r.stdout).not.toContain(rule);
  });

  it('a clean file: exit 0 and no output lines', async () => {
    const r = await runCli(['lint', 'clean.txt'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('stdin as "-" is named <stdin>', async () => {
    const r = await runCli(['lint', '-'], { stdin: STRONG });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe(expected('<stdin>', STRONG).map((l) => l + '\n').join(''));
  });
});
