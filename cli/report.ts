import { CliError } from './errors';
import type { Io } from './io';
import { TEXT } from './text';

/** Print a CliError as one line on stderr and carry on; anything else is not ours to swallow. */
export function reportError(io: Io, e: unknown): void {
  if (e instanceof CliError) io.stderr(TEXT.errors.prefix + e.message + '\n');
  else throw e;
}
