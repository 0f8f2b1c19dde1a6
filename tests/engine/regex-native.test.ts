/**
 * The cue regexes skip V8's regex interpreter on their first use (analyzers/regex-gate.ts): a
 * page's first analysis would otherwise compile each long alternation twice, to bytecode and then
 * to machine code, ~45 ms of cold start. V8's own test hooks (--allow-natives-syntax, in a child
 * process) say which a regex has.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const GATE = pathToFileURL(resolve(__dirname, '..', '..', 'analyzers', 'regex-gate.ts')).href;

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

describe('cue regexes on first use', () => {
  it('are compiled straight to machine code, never to bytecode', () => {
    const dir = mkdtempSync(join(tmpdir(), 'care-coach-regex-'));
    try {
      const file = join(dir, 'native.mjs');
      writeFileSync(file, SCRIPT);
      const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', file], { encoding: 'utf8', timeout: 60_000 });
      expect(r.stderr.split('\n').filter((l) => l.trim() && !l.includes('npm warn')).join('\n')).toBe('');
      const out = JSON.parse(r.stdout) as { first: boolean; cue: boolean[]; plain: boolean[] };
      expect(out.first).toBe(true);
      expect(out.cue).toEqual([true, false]);
      // A regex used the ordinary way goes through the interpreter first: what the first use avoids.
      expect(out.plain[1]).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
