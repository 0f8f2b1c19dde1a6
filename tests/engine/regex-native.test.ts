/**
 * The cue regexes (analyzers/regex-gate.ts) and the shapes, guards, metrics and rules' exceptions
 * (analyzers/native-regex.ts) skip V8's regex interpreter on their first use: a page's first
 * analysis would otherwise compile each regex it uses twice, to bytecode and then to machine
 * code. V8's own test hooks (--allow-natives-syntax, in a child process) say which a regex has.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const GATE = pathToFileURL(resolve(__dirname, '..', '..', 'analyzers', 'regex-gate.ts')).href;
const ENGINE = pathToFileURL(resolve(__dirname, '..', '..', 'analyzers', 'index.ts')).href;
const NATIVE = pathToFileURL(resolve(__dirname, '..', '..', 'analyzers', 'native-regex.ts')).href;
const DEV = resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'dev.jsonl');

const SCRIPT = `
const { mayMatchText } = await import(${JSON.stringify(GATE)});
const native = new Function('re', 'return %RegexpHasNativeCode(re, true)');
const bytecode = new Function('re', 'return %RegexpHasBytecode(re, true)');
const cue = /\\b(?:budget|price|cost(?:s|ing)?)\\b/i;
const first = mayMatchText(cue, 'What is the budget for this?') && cue.test('What is the budget for this?');
const plain = /\\b(?:budget|price|cost(?:s|ing)?)\\b/gi;
plain.test('What is the budget for this?');
process.stdout.write(JSON.stringify({ first, cue: [native(cue), bytecode(cue)], plain: [native(plain), bytecode(plain)] }));
`;

// The engine's whole first-use set, after a corpus: which regexes went through native(), whether
// any of them has bytecode, and how long the slowest takes to fail on the long subject again.
const ENGINE_SCRIPT = `
import { readFileSync } from 'node:fs';
const { analyze } = await import(${JSON.stringify(ENGINE)});
const { nativeRegexes } = await import(${JSON.stringify(NATIVE)});
const nativeCode = new Function('re', 'return %RegexpHasNativeCode(re, true)');
const bytecode = new Function('re', 'return %RegexpHasBytecode(re, true)');
for (const line of readFileSync(${JSON.stringify(DEV)}, 'utf8').split('\\n')) if (line.trim()) analyze(JSON.parse(line).text);
const all = nativeRegexes();
const long = '\\u0000'.repeat(1000);
let slowest = 0;
for (const re of all) { const t = performance.now(); re.test(long); slowest = Math.max(slowest, performance.now() - t); }
process.stdout.write(JSON.stringify({ count: all.length, withBytecode: all.filter((re) => bytecode(re)).map(String), withoutCode: all.filter((re) => !nativeCode(re)).map(String), slowest }));
`;

function runChild(script: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'care-coach-regex-'));
  try {
    const file = join(dir, 'native.mjs');
    writeFileSync(file, script);
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', file], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr.split('\n').filter((l) => l.trim() && !l.includes('npm warn')).join('\n')).toBe('');
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('regexes on first use', () => {
  it('the cue regexes are compiled straight to machine code, never to bytecode', () => {
    const out = JSON.parse(runChild(SCRIPT)) as { first: boolean; cue: boolean[]; plain: boolean[] };
    expect(out.first).toBe(true);
    expect(out.cue).toEqual([true, false]);
    // A regex used the ordinary way goes through the interpreter first: what the first use avoids.
    expect(out.plain[1]).toBe(true);
  }, 60_000);

  it('so are the engine\'s others, and none of them backtracks on the long subject', () => {
    const out = JSON.parse(runChild(ENGINE_SCRIPT)) as { count: number; withBytecode: string[]; withoutCode: string[]; slowest: number };
    // The cues, shapes, metrics, guards and rules' exceptions the dev corpus meets (about 230): a
    // module that stopped sending its regexes through native() would drop the count.
    expect(out.count).toBeGreaterThan(150);
    expect(out.withBytecode).toEqual([]);
    expect(out.withoutCode).toEqual([]);
    // Failing on 1,000 NULs is a scan, well under a millisecond; catastrophic backtracking would be seconds.
    expect(out.slowest).toBeLessThan(50);
  }, 120_000);
});
