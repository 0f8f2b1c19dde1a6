/**
 * Help, version and the ways of starting the CLI: the bin from any directory (even one with a
 * hostile tsconfig.json), `npx tsx cli/main.ts` and `npm run coach`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fixtureDir, ROOT, runCli } from './helpers';

// Each case starts a process; on a shared, loaded machine that can take a while.
vi.setConfig({ testTimeout: 120_000 });

const EXIT_CODES = ['0   success', '1   lint found a finding', '2   usage error', '3   some input could not be read', '70  internal error'];
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe.concurrent('help', () => {
  it('--help lists every command, the limits and the exit codes', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: care-coach <command> \[options\] \[FILE\.\.\.\]$/m);
    for (const c of ['analyze', 'eval', 'lint']) expect(r.stdout).toMatch(new RegExp(`^  ${c} +\\S.+$`, 'm'));
    expect(r.stdout).toContain('Limits: text files and stdin up to 5 MB each, JSONL corpora up to 50 MB.');
    for (const line of EXIT_CODES) expect(r.stdout).toContain(line);
  });

  it.each([
    ['analyze', ['--json', '--jsonl', '--sensitivity LEVEL', '--kind KIND', '--category LIST', '--ignore RULES']],
    ['eval', ['--json', '--misses', '--sensitivity LEVEL', '--category LIST', '--ignore RULES']],
    ['lint', ['--fail-on SEVERITY', '--sensitivity LEVEL', '--kind KIND', '--category LIST', '--ignore RULES']],
  ])('%s --help documents its usage, options and exit codes', async (command, flags) => {
    const r = await runCli([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: care-coach ${command} `, 'm'));
    for (const f of flags) expect(r.stdout).toMatch(new RegExp(`^ +${f}  `, 'm'));
    expect(r.stdout).toMatch(/^ +-h, --help +show this help$/m);
    for (const line of EXIT_CODES) expect(r.stdout).toContain(line);
    // help COMMAND and -h say the same.
    expect((await runCli(['help', command])).stdout).toBe(r.stdout);
    expect((await runCli([command, 'x.txt', '-h'])).stdout).toBe(r.stdout);
  });

  it('--version prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`care-coach ${version}\n`);
  });
});

describe.concurrent('starting the CLI', () => {
  it('the bin works from a directory whose own tsconfig.json would break tsx', async () => {
    const dir = fixtureDir({ 'tsconfig.json': '{"extends": "./missing.json", "compilerOptions": {"jsx": "nope"}}', 'a.txt': 'This offer expires today.' });
    const r = await runCli(['lint', 'a.txt'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^a\.txt:1:6 strong urgency\//);
  });

  it('npx tsx cli/main.ts gives the same output as the bin', async () => {
    const viaTsx = await runCli(['--help'], { cwd: ROOT, command: ['npx', 'tsx', 'cli/main.ts'] });
    const viaBin = await runCli(['--help']);
    expect(viaTsx.code).toBe(0);
    expect(viaTsx.stdout).toBe(viaBin.stdout);
  });

  it('npm run coach passes arguments and exit codes through', async () => {
    const r = await runCli(['run', '--silent', 'coach', '--', 'analyze', 'nope.txt'], { cwd: ROOT, command: ['npm'] });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('care-coach: nope.txt: no such file');
  });
});
