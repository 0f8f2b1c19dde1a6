import { EXIT, type ExitCode } from './exit-codes';

/**
 * An error the user can act on: main prints its message as one line and exits with its code,
 * never a stack trace. Anything else reaching main is a bug and is reported as one.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT.usage);
  }
}

export class InputError extends CliError {
  constructor(message: string) {
    super(message, EXIT.input);
  }
}
