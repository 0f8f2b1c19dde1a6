import type { AnalyzeOptions, Report } from '../../analyzers/types';
import { formatFlags, parseArgs, type FlagSpec } from '../args';
import type { Command } from '../command';
import { checkTextItem, parseJsonl } from '../corpus';
import { analyzer, type Analyze } from '../engine';
import { ENGINE_FLAGS, engineOptions } from '../engine-options';
import { InputError, UsageError } from '../errors';
import { EXIT } from '../exit-codes';
import { MAX_CORPUS_BYTES, MAX_TEXT_BYTES, STDIN, readSource, type Source } from '../input';
import type { Io } from '../io';
import { reportError } from '../report';
import { renderReport } from '../render-report';
import { TEXT } from '../text';

const NAME = 'analyze';
const FLAGS: FlagSpec[] = [
  { name: 'json', help: TEXT.flags.json },
  { name: 'jsonl', help: TEXT.flags.jsonl },
  ...ENGINE_FLAGS,
];

/** Reads each input, reporting the ones that fail and carrying on with the rest. */
async function* sources(files: string[], io: Io, maxBytes: number, failed: { count: number }): AsyncGenerator<Source> {
  for (const file of files) {
    try {
      yield await readSource(file, io, maxBytes);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      reportError(io, e);
      failed.count++;
    }
  }
}

async function textMode(files: string[], options: AnalyzeOptions, json: boolean, io: Io): Promise<number> {
  const failed = { count: 0 };
  let run: Analyze | undefined;
  const results: Array<{ file: string; report: Report }> = [];
  for await (const src of sources(files, io, MAX_TEXT_BYTES, failed)) {
    run ??= await analyzer(NAME);
    const report = run(src.text, options);
    if (!json) io.stdout(renderReport(src.name, src.text, report) + (files.length > 1 ? '\n' : ''));
    else results.push({ file: src.name, report });
  }
  // One input prints its Report; several print [{file, report}] (failed ones are left out).
  if (json && (files.length > 1 || results.length === 1)) {
    io.stdout(JSON.stringify(files.length === 1 ? results[0].report : results, null, 2) + '\n');
  }
  return failed.count ? EXIT.input : EXIT.ok;
}

/** The slim per-line shape the issue asks for; the full Report is there with --json. */
function jsonlLine(id: unknown, r: Report): string {
  return JSON.stringify({
    id,
    findings: r.findings.map((f) => ({ ruleId: f.ruleId, category: f.category, severity: f.severity, start: f.start, end: f.end, text: f.text, message: f.message })),
    questions: r.questions.map((q) => ({ id: q.id, cue: q.cue, at: q.at })),
    covered: r.covered,
    metrics: r.metrics,
  });
}

async function jsonlMode(files: string[], options: AnalyzeOptions, io: Io): Promise<number> {
  const failed = { count: 0 };
  let run: Analyze | undefined;
  let badLines = 0;
  for await (const src of sources(files, io, MAX_CORPUS_BYTES, failed)) {
    for (const rec of parseJsonl(src.text, src.name)) {
      if (!rec.ok) {
        io.stderr(TEXT.errors.prefix + rec.error + '\n');
        badLines++;
        continue;
      }
      const item = checkTextItem(rec.value);
      if (!item.ok) {
        io.stderr(TEXT.errors.prefix + TEXT.errors.badItem(src.name, rec.line, item.id, item.error) + '\n');
        badLines++;
        continue;
      }
      const { id, text, kind } = item.value;
      run ??= await analyzer(NAME);
      io.stdout(jsonlLine(id, run(text, kind ? { ...options, kind } : options)) + '\n');
    }
  }
  if (badLines) io.stderr(TEXT.errors.prefix + TEXT.errors.skipped(badLines) + '\n');
  return failed.count || badLines ? EXIT.input : EXIT.ok;
}

const command: Command = {
  name: NAME,
  summary: TEXT.analyze.summary,
  usage: TEXT.analyze.usage(formatFlags(FLAGS)),
  async run(args, io) {
    const p = parseArgs(NAME, args, FLAGS);
    if (p.bool('json') && p.bool('jsonl')) throw new UsageError(TEXT.errors.conflict(NAME, '--json', '--jsonl'));
    const options = await engineOptions(NAME, p);
    const files = p.positionals.length ? p.positionals : [STDIN];
    if (files.filter((f) => f === STDIN).length > 1) throw new UsageError(TEXT.errors.stdinTwice(NAME));
    return p.bool('jsonl') ? jsonlMode(files, options, io) : textMode(files, options, p.bool('json'), io);
  },
};

export default command;
