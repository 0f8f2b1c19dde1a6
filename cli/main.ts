/**
 * care-coach: the command line. Parses the command, dispatches to cli/commands/, and makes sure
 * nothing but a one-line message ever reaches the user: CliErrors print their message, anything
 * else is reported as an internal error (stack only with CARE_COACH_DEBUG=1).
 * Run with `npm run coach -- <args>`, `npx tsx cli/main.ts <args>` or the `care-coach` bin.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { wantsHelp } from './args';
import type { Command } from './command';
import * as registry from './commands/index';
import { CliError, UsageError } from './errors';
import { EXIT } from './exit-codes';
import { MAX_CORPUS_BYTES, MAX_TEXT_BYTES } from './input';
import { processIo, type Io } from './io';
import { closest } from './suggest';
import { TEXT, formatMb } from './text';

export const COMMANDS: Command[] = Object.values(registry as Record<string, Command>).sort((a, b) => a.name.localeCompare(b.name));

const footer = () => `\n${TEXT.limits(formatMb(MAX_TEXT_BYTES), formatMb(MAX_CORPUS_BYTES))}\n\n${TEXT.exitCodes}\n`;

export function generalHelp(): string {
  return TEXT.general(COMMANDS) + footer();
}

export function commandHelp(c: Command): string {
  return `care-coach ${c.name}: ${c.summary}\n\n${c.usage}\n${footer()}`;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return `care-coach ${pkg.version}\n`;
}

function findCommand(name: string): Command {
  const c = COMMANDS.find((x) => x.name === name);
  if (!c) throw new UsageError(TEXT.errors.unknownCommand(name, closest(name, COMMANDS.map((x) => x.name))));
  return c;
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      io.stderr(generalHelp());
      io.stderr(`\n${TEXT.errors.prefix}${TEXT.errors.noCommand}\n`);
      return EXIT.usage;
    }
    if (first === '--help' || first === '-h') {
      io.stdout(generalHelp());
      return EXIT.ok;
    }
    if (first === 'help') {
      io.stdout(rest.length ? commandHelp(findCommand(rest[0])) : generalHelp());
      return EXIT.ok;
    }
    if (first === '--version') {
      io.stdout(version());
      return EXIT.ok;
    }
    if (first.startsWith('-')) throw new UsageError(TEXT.errors.unknownGlobalFlag(first));
    const command = findCommand(first);
    if (wantsHelp(rest)) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run(rest, io);
  } catch (e) {
    return failure(e, io);
  }
}

function failure(e: unknown, io: Io): number {
  if (e instanceof CliError) {
    io.stderr(TEXT.errors.prefix + e.message + '\n');
    return e.exitCode;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.stderr(TEXT.errors.prefix + TEXT.errors.internal(message.split('\n')[0]) + '\n');
  if (process.env.CARE_COACH_DEBUG) io.stderr(String(e instanceof Error ? e.stack : e) + '\n');
  return EXIT.internal;
}

/** Runs the CLI on this process: the bin and `tsx cli/main.ts` both end up here. */
export async function start(): Promise<void> {
  const io = processIo();
  // A closed pipe (`care-coach analyze … | head`) is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  });
  const last = (e: unknown) => {
    process.exitCode = failure(e, io);
  };
  process.on('uncaughtException', last);
  process.on('unhandledRejection', last);
  process.exitCode = await main(process.argv.slice(2), io);
}

function isEntry(): boolean {
  try {
    return Boolean(process.argv[1]) && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntry()) void start();
