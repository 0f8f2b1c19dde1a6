/** `care-coach pack check`, run in-process with buffers. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pack from '../../cli/commands/pack';
import * as registry from '../../cli/commands/index';
import { memoryIo } from '../../cli/io';
import { UsageError } from '../../cli/errors';

const ROOT = join(__dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'team-pack.yaml');
const BAD = join(ROOT, 'tests', 'fixtures', 'packs', 'bad', 'bad-category.yaml');

describe('care-coach pack check', () => {
  it('is in the command registry', () => {
    expect(Object.values(registry).map((c) => c.name)).toContain('pack');
  });

  it('passes a good pack with a one-line summary, exit 0', async () => {
    const io = memoryIo();
    expect(await pack.run(['check', EXAMPLE], io)).toBe(0);
    expect(io.out()).toBe(`${EXAMPLE}: ok: "Northwind Sales Team" 1.0.0 by Northwind Revenue Enablement: 3 rules, 0 built-in rules turned off, locks sensitivity\n`);
    expect(io.err()).toBe('1 pack checked: 1 valid, 0 with errors\n');
  });

  it('names the field and the reason for a bad pack, exit 1', async () => {
    const io = memoryIo();
    expect(await pack.run(['check', EXAMPLE, BAD], io)).toBe(1);
    expect(io.out()).toContain(
      `${BAD}: error: rules[0].category: "urgncy" is not one of scarcity, urgency, pressure, social-pressure, fear-guilt, adversarial, dismissive\n`,
    );
    expect(io.err()).toBe('2 packs checked: 1 valid, 1 with errors\n');
  });

  it('checks a pack from stdin', async () => {
    const io = memoryIo('name: A\nversion: "1"\n');
    expect(await pack.run(['check', '-'], io)).toBe(1);
    expect(io.out()).toBe('<stdin>: error: author: is required\n');
  });

  it('prints JSON per file with --json', async () => {
    const io = memoryIo();
    expect(await pack.run(['check', '--json', BAD], io)).toBe(1);
    const line = JSON.parse(io.out());
    expect(line).toMatchObject({ file: BAD, ok: false, summary: null });
    expect(line.errors[0]).toMatch(/^rules\[0\]\.category: /);
  });

  it('reports an unreadable file and exits 3', async () => {
    const io = memoryIo();
    expect(await pack.run(['check', join(ROOT, 'no-such-pack.yaml')], io)).toBe(3);
    expect(io.err()).toContain('no-such-pack.yaml');
  });

  it('refuses a missing subcommand or file as a usage error', async () => {
    await expect(pack.run([], memoryIo())).rejects.toThrow(UsageError);
    await expect(pack.run(['verify', EXAMPLE], memoryIo())).rejects.toThrow('pack: unknown subcommand "verify" (try "pack check FILE")');
    await expect(pack.run(['check'], memoryIo())).rejects.toThrow('pack check: missing FILE (a .yaml, .yml or .json pack)');
  });
});
