/**
 * A small argument parser with our own messages: `--name value`, `--name=value`, `-h`, `--` and a
 * lone `-` (stdin) as a positional. node:util's parseArgs would do, but its errors are long and
 * cannot name the command or suggest a spelling.
 */
import { UsageError } from './errors';
import { closest } from './suggest';
import { TEXT } from './text';

export interface FlagSpec {
  name: string;
  short?: string;
  /** Placeholder shown in help (e.g. "LEVEL"); a flag without one is a boolean switch. */
  value?: string;
  /** Allowed values; for a list flag, allowed items. */
  choices?: readonly string[];
  /** Comma-separated and repeatable: `--category a,b --category c`. */
  list?: boolean;
  help: string;
}

export interface Parsed {
  positionals: string[];
  bool(name: string): boolean;
  string(name: string): string | undefined;
  list(name: string): string[] | undefined;
}

/** Flags every command accepts; main handles them before the command runs. */
export const HELP_FLAG: FlagSpec = { name: 'help', short: 'h', help: TEXT.flags.help };

export function wantsHelp(args: string[]): boolean {
  for (const a of args) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}

export function parseArgs(command: string, args: string[], specs: FlagSpec[]): Parsed {
  const all = [...specs, HELP_FLAG];
  const byName = new Map(all.map((s) => [s.name, s]));
  const byShort = new Map(all.filter((s) => s.short).map((s) => [s.short as string, s]));
  const values = new Map<string, string | string[] | boolean>();
  const positionals: string[] = [];

  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    let spec: FlagSpec | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
      spec = byName.get(name);
      if (!spec) throw new UsageError(TEXT.errors.unknownFlag(command, `--${name}`, closest(name, all.map((s) => s.name), '--')));
    } else {
      spec = byShort.get(arg.slice(1));
      if (!spec) throw new UsageError(TEXT.errors.unknownFlag(command, arg, undefined));
    }
    if (!spec.value) {
      if (inline !== undefined) throw new UsageError(TEXT.errors.flagTakesNoValue(command, spec.name));
      values.set(spec.name, true);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = args[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new UsageError(TEXT.errors.flagNeedsValue(command, spec.name, spec.value));
      value = next;
      i++;
    }
    if (spec.list) {
      const items = value.split(',').map((s) => s.trim()).filter(Boolean);
      if (items.length === 0) throw new UsageError(TEXT.errors.flagNeedsValue(command, spec.name, spec.value));
      for (const item of items) checkChoice(command, spec, item);
      const prev = values.get(spec.name);
      values.set(spec.name, [...(Array.isArray(prev) ? prev : []), ...items]);
    } else {
      checkChoice(command, spec, value);
      values.set(spec.name, value);
    }
  }

  return {
    positionals,
    bool: (name) => values.get(name) === true,
    string: (name) => {
      const v = values.get(name);
      return typeof v === 'string' ? v : undefined;
    },
    list: (name) => {
      const v = values.get(name);
      return Array.isArray(v) ? v : undefined;
    },
  };
}

function checkChoice(command: string, spec: FlagSpec, value: string): void {
  if (spec.choices && !spec.choices.includes(value)) {
    throw new UsageError(TEXT.errors.badChoice(command, spec.name, value, spec.choices, closest(value, spec.choices)));
  }
}

/** The options block of a command's help, generated from its specs so help never drifts. */
export function formatFlags(specs: FlagSpec[]): string {
  const rows = [...specs, HELP_FLAG].map((s) => [`${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.value ? ` ${s.value}` : ''}`, s] as const);
  const width = Math.max(...rows.map(([n]) => n.length)) + 2;
  return rows
    .flatMap(([names, s]) => {
      const first = `  ${names.padEnd(width)}${s.help}`;
      return s.choices ? [first, `  ${' '.repeat(width)}${TEXT.flags.choices(s.choices, Boolean(s.list))}`] : [first];
    })
    .join('\n');
}
