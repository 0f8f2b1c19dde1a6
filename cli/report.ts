/** Helpers the commands share for reporting problems as they go. */
import { OptionsError } from '../analyzers/index';
import { CliError, UsageError } from './errors';
import type { Io } from './io';
import { TEXT } from './text';

/** Print a CliError as one line on stderr; anything else is not ours to swallow. */
export function reportError(io: Io, e: unknown): void {
  if (e instanceof CliError) io.stderr(TEXT.errors.prefix + e.message + '\n');
  else throw e;
}

/** The engine rejects options the CLI built: say which, as a usage error. */
export function engineError(command: string, e: unknown): unknown {
  return e instanceof OptionsError ? new UsageError(TEXT.errors.badOptions(command, e.issues)) : e;
}
