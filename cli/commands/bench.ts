import { join } from 'node:path';
import { PARTS, type Part } from '../../bench/parts';
import { BENCH_TEXT } from '../../bench/text';
import { formatFlags, parseArgs, type FlagSpec } from '../args';
import type { Command } from '../command';
import { EXIT } from '../exit-codes';

const NAME = 'bench';
const FLAGS: FlagSpec[] = [
  { name: 'quick', help: BENCH_TEXT.flags.quick },
  { name: 'only', value: 'PARTS', list: true, choices: PARTS, help: BENCH_TEXT.flags.only },
  { name: 'out', value: 'DIR', help: BENCH_TEXT.flags.out },
  { name: 'build', help: BENCH_TEXT.flags.build },
  { name: 'check', help: BENCH_TEXT.flags.check },
];

const command: Command = {
  name: NAME,
  summary: BENCH_TEXT.summary,
  usage: BENCH_TEXT.usage(formatFlags(FLAGS)),
  async run(args, io) {
    const p = parseArgs(NAME, args, FLAGS);
    // Loaded only when benchmarking: the bench pulls in esbuild, the comparison tools and playwright.
    const [{ runBench, FULL, QUICK }, { checkBudgets }, { renderMarkdown, writeReport }, { DOCS }] = await Promise.all([
      import('../../bench/run'),
      import('../../bench/budgets'),
      import('../../bench/report'),
      import('../../bench/paths'),
    ]);
    const quick = p.bool('quick');
    const result = await runBench({
      config: quick ? QUICK : FULL,
      parts: p.list('only') as Part[] | undefined,
      build: p.bool('build'),
      log: (line) => io.stderr(BENCH_TEXT.progress(line)),
    });
    for (const e of result.errors) io.stderr(BENCH_TEXT.partFailed(e.part, e.message));
    const out = p.string('out') ?? (quick ? undefined : DOCS);
    if (out) {
      const files = writeReport(result, out);
      io.stdout(BENCH_TEXT.wrote([files.md, files.json].map((f) => (f.startsWith(process.cwd()) ? join('.', f.slice(process.cwd().length)) : f))));
    } else io.stdout(renderMarkdown(result));
    const verdicts = checkBudgets(result);
    io.stdout(BENCH_TEXT.verdicts(verdicts));
    const failed = result.errors.length > 0 || verdicts.some((v) => v.pass === false);
    return p.bool('check') && failed ? EXIT.findings : EXIT.ok;
  },
};

export default command;
