import type { Io } from './io';

/**
 * One `care-coach <name>` command. `usage` is its full --help text (main adds the exit codes);
 * run gets the arguments after the command name and returns the exit code (exit-codes.ts).
 * Errors the user can act on are thrown as CliError; main prints them as one line.
 */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: Io): Promise<number>;
}
