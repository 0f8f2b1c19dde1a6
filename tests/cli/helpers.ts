/**
 * Runs the real CLI as a child process, the way users run it: `node bin/care-coach.mjs …`,
 * by default from a temporary directory to prove it works from any cwd.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/care-coach.mjs');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd?: string; stdin?: string | Buffer; command?: string[]; env?: Record<string, string> } = {}): Promise<Run> {
  const [cmd, ...pre] = opts.command ?? [process.execPath, BIN];
  return new Promise((done, fail) => {
    const child = spawn(cmd, [...pre, ...args], { cwd: opts.cwd ?? tmpdir(), env: { ...process.env, ...opts.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // The CLI may stop reading early (input too large): that is expected, not a test error.
    child.stdin.on('error', () => {});
    child.stdin.end(opts.stdin ?? '');
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr: withoutNpmNoise(stderr) }));
  });
}

/** npm on this machine warns about its own config on every npx run; that is not our output. */
function withoutNpmNoise(stderr: string): string {
  return stderr
    .split('\n')
    .filter((l) => !l.startsWith('npm warn'))
    .join('\n');
}

/** A fresh directory with these files (strings or raw bytes). */
export function fixtureDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'care-coach-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** 1-based line:col of an offset, computed independently of the CLI's own LineIndex. */
export function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

/** Every line of stderr must be one short message: no stack frames, no source excerpts. */
export function expectNoStackTrace(stderr: string): void {
  if (/^\s+at .+\(.*:\d+:\d+\)$|^\s+at .+:\d+:\d+$|node:internal|Error: .*\n\s+at /m.test(stderr)) {
    throw new Error(`stderr holds a stack trace:\n${stderr}`);
  }
}
