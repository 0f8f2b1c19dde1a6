import { SEVERITIES, type Sensitivity, type Severity } from '../../analyzers/types';
import { formatFlags, parseArgs, type FlagSpec } from '../args';
import type { Command } from '../command';
import { analyzer, type Analyze } from '../engine';
import { ENGINE_FLAGS, engineOptions } from '../engine-options';
import { InputError, UsageError } from '../errors';
import { EXIT } from '../exit-codes';
import { MAX_TEXT_BYTES, STDIN, readSource } from '../input';
import { LineIndex, printable } from '../positions';
import { reportError } from '../report';
import { TEXT } from '../text';

const NAME = 'lint';
const FLAGS: FlagSpec[] = [{ name: 'fail-on', value: 'SEVERITY', choices: SEVERITIES, help: TEXT.flags.failOn }, ...ENGINE_FLAGS];

const RANK: Record<Severity, number> = { hint: 0, warning: 1, strong: 2 };
/** The sensitivity that shows findings of this severity and above. */
const SHOWS: Record<Severity, Sensitivity> = { hint: 'high', warning: 'medium', strong: 'low' };
const SENSITIVITY_RANK: Record<Sensitivity, number> = { low: 0, medium: 1, high: 2 };

const command: Command = {
  name: NAME,
  summary: TEXT.lint.summary,
  usage: TEXT.lint.usage(formatFlags(FLAGS)),
  async run(args, io) {
    const p = parseArgs(NAME, args, FLAGS);
    if (p.positionals.length === 0) throw new UsageError(TEXT.errors.missingFiles(NAME, 'FILE'));
    if (p.positionals.filter((f) => f === STDIN).length > 1) throw new UsageError(TEXT.errors.stdinTwice(NAME));
    const failOn = (p.string('fail-on') ?? 'strong') as Severity;
    const options = await engineOptions(NAME, p, { kind: 'email' });
    // --fail-on hint must see hints even at the default sensitivity.
    const sensitivity = options.sensitivity ?? 'medium';
    if (SENSITIVITY_RANK[SHOWS[failOn]] > SENSITIVITY_RANK[sensitivity]) options.sensitivity = SHOWS[failOn];

    let findings = 0;
    let failing = 0;
    let files = 0;
    let unreadable = 0;
    let analyze: Analyze | undefined;
    for (const file of p.positionals) {
      let src;
      try {
        src = await readSource(file, io, MAX_TEXT_BYTES);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        reportError(io, e);
        unreadable++;
        continue;
      }
      analyze ??= await analyzer(NAME);
      const report = analyze(src.text, options);
      files++;
      const lines = new LineIndex(src.text);
      for (const f of report.findings) {
        findings++;
        if (RANK[f.severity] >= RANK[failOn]) failing++;
        io.stdout(`${printable(src.name)}:${lines.format(f.start)} ${f.severity} ${f.ruleId} ${f.message}\n`);
      }
    }
    io.stderr(TEXT.lint.summaryLine(findings, files, failing, failOn) + '\n');
    if (unreadable) return EXIT.input;
    return failing ? EXIT.findings : EXIT.ok;
  },
};

export default command;
