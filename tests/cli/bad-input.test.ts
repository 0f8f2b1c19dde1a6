/**
 * Bad input gets one clear line naming what and where, a non-zero exit and no stack trace;
 * good inputs given alongside are still processed.
 */
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { expectNoStackTrace, fixtureDir, runCli } from './helpers';

// Each case starts a process; on a shared, loaded machine that can take a while.
vi.setConfig({ testTimeout: 120_000 });

const GOOD = 'This offer expires today.\n';
const dir = fixtureDir({
  'good.txt': GOOD,
  'binary.dat': Buffer.from('Hello\nab\u0000cd', 'latin1'),
  'latin1.txt': Buffer.concat([Buffer.from('first line\ncaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]),
  'utf16.txt': Buffer.from('\ufeffhello', 'utf16le'),
  'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('This offer expires today.')]),
  'big.txt': Buffer.alloc(5 * 1024 * 1024 + 1, 'a'),
  'locked.txt': GOOD,
  'corpus.jsonl': [
    '{"id": "a", "text": "This offer expires today."}',
    '{"id": "b", "text": "Only 2 left!"',
    '',
    '[1, 2]',
    '{"id": "c", "text": 42}',
    '{"id": "d", "text": "Thanks for the call.", "kind": "memo"}',
    '{"id": "e", "text": "Thanks for the call."}',
  ].join('\n'),
});
chmodSync(join(dir, 'locked.txt'), 0o000);
const runningAsRoot = process.getuid?.() === 0;

/** One line on stderr, prefixed with the tool's name, no stack trace. */
function expectOneLine(stderr: string, pattern: RegExp): void {
  expectNoStackTrace(stderr);
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^care-coach: /);
  expect(lines[0]).toMatch(pattern);
}

describe.concurrent('unreadable files', () => {
  it('a missing file', async () => {
    const r = await runCli(['analyze', 'nope.txt'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expectOneLine(r.stderr, /^care-coach: nope\.txt: no such file$/);
  });

  it('a directory', async () => {
    const r = await runCli(['lint', '.'], { cwd: dir });
    expect(r.code).toBe(3);
    expectNoStackTrace(r.stderr);
    expect(r.stderr).toContain('care-coach: .: is a directory, not a file\n');
  });

  it.skipIf(runningAsRoot)('a file without read permission', async () => {
    const r = await runCli(['analyze', 'locked.txt'], { cwd: dir });
    expect(r.code).toBe(3);
    expectOneLine(r.stderr, /^care-coach: locked\.txt: permission denied$/);
  });

  it('binary data names the file, line and column of the NUL byte', async () => {
    const r = await runCli(['analyze', 'binary.dat'], { cwd: dir });
    expect(r.code).toBe(3);
    expectOneLine(r.stderr, /^care-coach: binary\.dat:2:3: binary data \(a NUL byte\); care-coach reads UTF-8 text$/);
  });

  it('invalid UTF-8 names the line, column and byte', async () => {
    const r = await runCli(['analyze', 'latin1.txt'], { cwd: dir });
    expect(r.code).toBe(3);
    expectOneLine(r.stderr, /^care-coach: latin1\.txt:2:4: not valid UTF-8 \(byte 0xe9\); save the file as UTF-8$/);
  });

  it('UTF-16 text is named as such', async () => {
    const r = await runCli(['analyze', 'utf16.txt'], { cwd: dir });
    expect(r.code).toBe(3);
    expectOneLine(r.stderr, /^care-coach: utf16\.txt: is UTF-16 text; save it as UTF-8$/);
  });

  it('a UTF-8 byte order mark is dropped, so offsets count from the text', async () => {
    const r = await runCli(['analyze', '--json', 'bom.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { findings: Array<{ start: number; text: string }> };
    const f = report.findings.find((x) => x.text.includes('expires'));
    expect(f?.start).toBe('This '.length);
  });

  it('a file over 5 MB states the size and the limit', async () => {
    const r = await runCli(['analyze', 'big.txt'], { cwd: dir });
    expect(r.code).toBe(3);
    expectOneLine(r.stderr, /^care-coach: big\.txt: too large \(5(\.0)? MB\); the limit is 5 MB per input$/);
  });

  it('stdin over 5 MB is refused with the limit', async () => {
    const r = await runCli(['analyze'], { stdin: Buffer.alloc(6 * 1024 * 1024, 'a') });
    expect(r.code).toBe(3);
    expectOneLine(r.stderr, /^care-coach: <stdin>: too large; the limit is 5 MB per input$/);
  });

  it('binary data on stdin', async () => {
    const r = await runCli(['lint', '-'], { stdin: Buffer.from([0x68, 0x69, 0x00]) });
    expect(r.code).toBe(3);
    expectNoStackTrace(r.stderr);
    expect(r.stderr).toContain('care-coach: <stdin>:1:3: binary data');
  });

  it('good files given with bad ones are still analysed', async () => {
    const r = await runCli(['lint', 'nope.txt', 'good.txt', 'binary.dat'], { cwd: dir });
    expect(r.code).toBe(3);
    expectNoStackTrace(r.stderr);
    expect(r.stdout).toMatch(/^good\.txt:1:6 strong urgency\//m);
    expect(r.stderr).toMatch(/^care-coach: nope\.txt: no such file$/m);
    expect(r.stderr).toMatch(/^care-coach: binary\.dat:2:3: binary data/m);
  });
});

describe.concurrent('JSONL lines', () => {
  it('analyze --jsonl reports each bad line with file and line and processes the rest', async () => {
    const r = await runCli(['analyze', '--jsonl', 'corpus.jsonl'], { cwd: dir });
    expect(r.code).toBe(3);
    expectNoStackTrace(r.stderr);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'e']);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(5);
    expect(errors[0]).toMatch(/^care-coach: corpus\.jsonl:2: invalid JSON: /);
    expect(errors[1]).toBe('care-coach: corpus.jsonl:4: each line must be a JSON object');
    expect(errors[2]).toBe('care-coach: corpus.jsonl:5 (id "c"): "text" must be a string');
    expect(errors[3]).toBe('care-coach: corpus.jsonl:6 (id "d"): "kind" got "memo"; expected one of email, note, snippet');
    expect(errors[4]).toBe('care-coach: 4 lines skipped because of the errors above');
  });

  it('eval names bad labels with file, line, id and field', async () => {
    const corpus = [
      '{"id": "a", "text": "This offer expires today.", "flags": ["urgency"]}',
      '{"id": "b", "text": "Only 2 left!", "flags": ["scarcty"]}',
      '{"id": "c", "text": "Hi."}',
      '{"id": "a", "text": "Hello again.", "flags": []}',
      '{"id": "d", "text": "Hi.", "flags": [], "questions": ["budget"]}',
      'not json',
    ].join('\n');
    const r = await runCli(['eval', '-'], { stdin: corpus });
    expect(r.code).toBe(3);
    expectNoStackTrace(r.stderr);
    expect(r.stderr.trim().split('\n')).toEqual([
      'care-coach: <stdin>:2 (id "b"): "flags[0]" got "scarcty" (did you mean scarcity?); expected one of scarcity, urgency, pressure, social-pressure, fear-guilt, adversarial, dismissive',
      'care-coach: <stdin>:3 (id "c"): "flags" must be an array (use [] for "nothing")',
      'care-coach: <stdin>:4 (id "a"): duplicate id "a" (first at <stdin>:1); ids must be unique',
      'care-coach: <stdin>:5 (id "d"): "questions[0]" got "budget"; expected one of outcome, concerns, fit, alternatives, clarity',
      expect.stringMatching(/^care-coach: <stdin>:6: invalid JSON: /),
      'care-coach: 5 lines skipped because of the errors above',
    ]);
    // The one good item is still scored.
    expect(r.stdout).toMatch(/^1 item, 0 with nothing to flag$/m);
  });

  it('an empty corpus is an error, not a silent perfect score', async () => {
    const r = await runCli(['eval', '-'], { stdin: '\n\n' });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('care-coach: <stdin>: no items (the file has no JSON lines)');
  });
});

describe.concurrent('usage errors exit 2 with one line', () => {
  const cases: Array<[string[], RegExp]> = [
    [['frobnicate'], /^care-coach: unknown command "frobnicate"; see care-coach --help$/],
    [['analyse'], /^care-coach: unknown command "analyse" \(did you mean analyze\?\); see care-coach --help$/],
    [['--frob'], /^care-coach: unknown option --frob; see care-coach --help$/],
    [['analyze', '--jason'], /^care-coach: analyze: unknown option --jason \(did you mean --json\?\); see care-coach analyze --help$/],
    [['analyze', '-x'], /^care-coach: analyze: unknown option -x; see care-coach analyze --help$/],
    [['analyze', '--sensitivity', 'extreme'], /^care-coach: analyze: --sensitivity got "extreme"; expected one of low, medium, high$/],
    [['analyze', '--sensitivity'], /^care-coach: analyze: option --sensitivity needs a value \(LEVEL\)$/],
    [['analyze', '--json=yes'], /^care-coach: analyze: option --json takes no value$/],
    [['analyze', '--category', 'urgency,scarcty'], /^care-coach: analyze: --category got "scarcty" \(did you mean scarcity\?\); expected one of scarcity, /],
    [['analyze', '--sens', 'low'], /^care-coach: analyze: unknown option --sens \(did you mean --sensitivity\?\)/],
    [['analyze', '--ignore', 'urgency/nope-nope-nope'], /^care-coach: analyze: --ignore got unknown rule "urgency\/nope-nope-nope"/],
    [['analyze', '--json', '--jsonl'], /^care-coach: analyze: use either --json or --jsonl, not both$/],
    [['analyze', '-', '-'], /^care-coach: analyze: stdin \("-"\) can be read only once$/],
    [['lint'], /^care-coach: lint: give at least one FILE \(see care-coach lint --help\)$/],
    [['lint', '--fail-on', 'severe', 'x.txt'], /^care-coach: lint: --fail-on got "severe"; expected one of hint, warning, strong$/],
    [['eval'], /^care-coach: eval: give at least one CORPUS\.jsonl file/],
    [['eval', '--kind', 'note', 'x.jsonl'], /^care-coach: eval: unknown option --kind/],
    [['help', 'nope'], /^care-coach: unknown command "nope"/],
  ];
  it.each(cases)('%j', async (args, pattern) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectOneLine(r.stderr, pattern);
  });

  it('no command prints the help and a one-line reason to stderr', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: care-coach <command>');
    expect(r.stderr.trim().split('\n').pop()).toBe('care-coach: no command given (try care-coach --help)');
  });
});
