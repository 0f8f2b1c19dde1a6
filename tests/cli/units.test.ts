/**
 * The CLI's pieces in-process: argument parsing, decoding, positions, and main's last line of
 * defence (a bug becomes one line and exit 70, never a stack trace).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseArgs, wantsHelp, type FlagSpec } from '../../cli/args';
import type { Command } from '../../cli/command';
import { UsageError } from '../../cli/errors';
import { decode } from '../../cli/input';
import { memoryIo } from '../../cli/io';
import { COMMANDS, main } from '../../cli/main';
import { LineIndex, printable } from '../../cli/positions';
import { closest } from '../../cli/suggest';
import { expectNoStackTrace } from './helpers';

const SPECS: FlagSpec[] = [
  { name: 'json', help: '' },
  { name: 'level', value: 'L', choices: ['low', 'high'], help: '' },
  { name: 'cat', value: 'C', list: true, choices: ['a', 'b', 'c'], help: '' },
];

describe('parseArgs', () => {
  it('reads booleans, --name value, --name=value, lists, "-" and everything after "--" as positionals', () => {
    const p = parseArgs('x', ['f1', '--json', '--level', 'low', '--cat=a,b', '-', '--cat', 'c', '--', '--json', '-h'], SPECS);
    expect(p.bool('json')).toBe(true);
    expect(p.string('level')).toBe('low');
    expect(p.list('cat')).toEqual(['a', 'b', 'c']);
    expect(p.positionals).toEqual(['f1', '-', '--json', '-h']);
  });

  it.each([
    [['--nope'], 'x: unknown option --nope; see care-coach x --help'],
    [['--jsn'], 'x: unknown option --jsn (did you mean --json?); see care-coach x --help'],
    [['--level'], 'x: option --level needs a value (L)'],
    [['--level', '--json'], 'x: option --level needs a value (L)'],
    [['--level', 'mid'], 'x: --level got "mid"; expected one of low, high'],
    [['--cat', 'a,d'], 'x: --cat got "d"; expected one of a, b, c'],
    [['--cat', ','], 'x: option --cat needs a value (C)'],
    [['--json=1'], 'x: option --json takes no value'],
  ])('%j → %s', (args, message) => {
    expect(() => parseArgs('x', args, SPECS)).toThrow(new UsageError(message));
  });

  it('help is wanted unless it comes after "--"', () => {
    expect(wantsHelp(['a', '-h'])).toBe(true);
    expect(wantsHelp(['--', '--help'])).toBe(false);
  });
});

describe('decode', () => {
  it('drops a UTF-8 BOM and keeps everything else, including CRLF and astral characters', () => {
    expect(decode(Buffer.from('\ufeffa\r\nb 👩‍👩‍👧', 'utf8'), 'f')).toBe('a\r\nb 👩‍👩‍👧');
  });
  it.each([
    [Buffer.from([0x61, 0x0a, 0x62, 0x00]), 'f:2:2: binary data (a NUL byte); care-coach reads UTF-8 text'],
    [Buffer.from([0x61, 0xc3]), 'f:1:2: not valid UTF-8 (byte 0xc3); save the file as UTF-8'],
    [Buffer.from([0xed, 0xa0, 0x80]), 'f:1:1: not valid UTF-8 (byte 0xed); save the file as UTF-8'], // an encoded surrogate
    [Buffer.from([0x0a, 0x0a, 0x41, 0xc0, 0xaf]), 'f:3:2: not valid UTF-8 (byte 0xc0); save the file as UTF-8'], // overlong "/"
    [Buffer.from([0xfe, 0xff, 0x00, 0x41]), 'f: is UTF-16 text; save it as UTF-8'],
  ])('%o → %s', (buf, message) => {
    expect(() => decode(buf, 'f')).toThrow(message);
  });
});

describe('positions', () => {
  it('LineIndex gives 1-based line:col in UTF-16 units, and CR stays part of its line', () => {
    const idx = new LineIndex('ab\r\ncd\n\n😀x');
    expect([0, 1, 2, 4, 5, 7, 8, 10].map((o) => idx.format(o))).toEqual(['1:1', '1:2', '1:3', '2:1', '2:2', '3:1', '4:1', '4:3']);
  });
  it('printable escapes control characters, bidi overrides and lone surrogates, and shows newlines', () => {
    expect(printable('a\u001b[31mb\u202ec\nd\ud800e')).toBe('a\\u{1b}[31mb\\u{202e}c ⏎ d\\u{d800}e');
    expect(printable('😀 ok')).toBe('😀 ok');
    expect(printable('x'.repeat(300), 10)).toBe('xxxxxxxxxx…');
  });
  it('closest suggests near names only', () => {
    expect(closest('anlyze', ['analyze', 'eval', 'lint'])).toBe('analyze');
    expect(closest('sens', ['sensitivity', 'json'], '--')).toBe('--sensitivity');
    expect(closest('zzz', ['analyze', 'eval', 'lint'])).toBeUndefined();
  });
});

describe('main', () => {
  const fake: Command = {
    name: 'explode',
    summary: 'test only',
    usage: 'Usage: care-coach explode',
    run: async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')\n    at somewhere (file.ts:1:1)");
    },
  };
  afterEach(() => {
    const i = COMMANDS.indexOf(fake);
    if (i !== -1) COMMANDS.splice(i, 1);
  });

  it('a bug in a command is one line on stderr and exit 70, with no stack trace', async () => {
    COMMANDS.push(fake);
    const io = memoryIo();
    expect(await main(['explode'], io)).toBe(70);
    expect(io.out()).toBe('');
    expectNoStackTrace(io.err());
    expect(io.err()).toBe(
      "care-coach: internal error: Cannot read properties of undefined (reading 'x'). This is a bug in care-coach; please report it with the command you ran (set CARE_COACH_DEBUG=1 to see details).\n",
    );
  });

  it('runs a command in-process with an in-memory Io', async () => {
    const io = memoryIo('This offer expires today.');
    expect(await main(['lint', '-'], io)).toBe(1);
    expect(io.out()).toMatch(/^<stdin>:1:6 strong urgency\/\S+ .+\n$/);
  });
});
