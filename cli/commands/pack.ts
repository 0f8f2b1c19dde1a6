/**
 * `care-coach pack check FILE…`: validates team packs exactly as the options page does before
 * saving one (schema, patterns compiling and fast enough, the pack's own examples), so teams
 * keeping packs in git can check them in CI.
 */
import { formatFlags, parseArgs, type FlagSpec } from '../args';
import type { Command } from '../command';
import { InputError, UsageError } from '../errors';
import { EXIT } from '../exit-codes';
import { readSource } from '../input';
import { printable } from '../positions';
import { reportError } from '../report';
import { checkPack, type PackCheck } from '../../settings/pack/check';
import { LIMITS } from '../../settings/pack/limits';

const NAME = 'pack';
const FLAGS: FlagSpec[] = [
  { name: 'json', help: 'Print one JSON object per file instead of text.' },
  { name: 'quiet', short: 'q', help: 'Print only problems.' },
];

const USAGE = (flags: string) => `Usage: care-coach pack check [options] FILE...

Checks team rule packs (YAML or JSON) the way the extension does before saving one: the
format, every phrase and pattern compiling and running fast enough, and each rule's own
flag and pass examples. Nothing is changed. Format: docs/packs.md.

Options:
${flags}

Exit status: 0 when every pack is valid, 1 when a pack has errors.

Examples:
  care-coach pack check examples/team-pack.yaml
  care-coach pack check --json packs/*.yaml`;

/** Read a little past the limit so an oversize pack gets the pack's own size message. */
const READ_LIMIT = LIMITS.fileBytes * 4;

function describe(r: PackCheck): string {
  const s = r.summary;
  if (!s) return '';
  const parts = [`${s.rules} rule${s.rules === 1 ? '' : 's'}`, `${s.disabled} built-in rule${s.disabled === 1 ? '' : 's'} turned off`];
  if (s.locked.length) parts.push(`locks ${s.locked.join(', ')}`);
  return `"${s.name}" ${s.version} by ${s.author}: ${parts.join(', ')}`;
}

const command: Command = {
  name: NAME,
  summary: 'Check team rule packs (YAML or JSON) before sharing them.',
  usage: USAGE(formatFlags(FLAGS)),
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub !== 'check') throw new UsageError(sub ? `pack: unknown subcommand "${sub}" (try "pack check FILE")` : 'pack: missing subcommand (try "pack check FILE")');
    const p = parseArgs(NAME, rest, FLAGS);
    if (p.positionals.length === 0) throw new UsageError('pack check: missing FILE (a .yaml, .yml or .json pack)');
    const json = p.bool('json');
    const quiet = p.bool('quiet');
    let invalid = 0;
    let unreadable = 0;
    for (const file of p.positionals) {
      let text: string;
      let name: string;
      try {
        const src = await readSource(file, io, READ_LIMIT);
        text = src.text;
        name = printable(src.name);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        reportError(io, e);
        unreadable++;
        continue;
      }
      // stdin has no file name: its first character tells JSON from YAML.
      const r = checkPack(text, { fileName: file === '-' ? undefined : file });
      if (!r.ok) invalid++;
      if (json) {
        io.stdout(JSON.stringify({ file, ok: r.ok, errors: r.errors, warnings: r.warnings, summary: r.summary }) + '\n');
        continue;
      }
      for (const e of r.errors) io.stdout(`${name}: error: ${e}\n`);
      for (const w of r.warnings) io.stdout(`${name}: warning: ${w}\n`);
      if (r.ok && !quiet) io.stdout(`${name}: ok: ${describe(r)}\n`);
    }
    const checked = p.positionals.length - unreadable;
    if (!json) io.stderr(`${checked} pack${checked === 1 ? '' : 's'} checked: ${checked - invalid} valid, ${invalid} with errors${unreadable ? `, ${unreadable} unreadable` : ''}\n`);
    if (unreadable) return EXIT.input;
    return invalid ? EXIT.findings : EXIT.ok;
  },
};

export default command;
