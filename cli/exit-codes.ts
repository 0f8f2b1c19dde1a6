/** Exit codes of every command; `--help` prints them (text.ts) so scripts can rely on them. */
export const EXIT = {
  ok: 0,
  /** lint: a finding at or above --fail-on. */
  findings: 1,
  /** Unknown command or option, a bad option value, a missing argument. */
  usage: 2,
  /** Some input could not be read or parsed; everything else was still processed. */
  input: 3,
  /** A bug in care-coach itself (sysexits' EX_SOFTWARE). */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
