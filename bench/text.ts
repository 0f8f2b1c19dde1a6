/** The bench command's user-visible strings (help, progress, summary), in one place. */
import type { Verdict } from './budgets';

export const BENCH_TEXT = {
  summary: 'measure speed, latency, size and memory against the budgets; writes docs/benchmarks.md',
  usage: (flags: string) =>
    [
      'Usage: care-coach bench [options]',
      '',
      'Measures Care Coach against its performance budgets: throughput against write-good, alex and',
      'harper.js on a generated corpus of sales emails and call notes, keystroke latency, cold start,',
      'scaling, bundle sizes, memory, and typing in Gmail in Chromium with the extension loaded.',
      'A full run takes 5-10 minutes and writes docs/benchmarks.md and docs/benchmarks.json.',
      '',
      'Options:',
      flags,
      '',
      'Examples:',
      '  npm run bench',
      '  npm run bench -- --quick',
      '  npm run bench -- --only throughput,keystroke --out /tmp/bench',
    ].join('\n'),
  flags: {
    quick: 'reduced sizes (a few minutes); prints the report instead of writing docs/',
    only: 'run only these parts',
    out: 'write benchmarks.md and benchmarks.json to DIR (a full run writes to docs/)',
    build: 'rebuild the extension (npx wxt build) before measuring sizes and typing',
    check: 'exit with code 1 when a budget is missed or a part fails',
  },
  progress: (line: string) => `bench ${line}\n`,
  wrote: (files: string[]) => `Wrote ${files.join(' and ')}\n`,
  partFailed: (part: string, message: string) => `bench: ${part} failed: ${message}\n`,
  verdicts: (vs: Verdict[]) =>
    vs
      .map((v) => {
        const mark = v.pass === null ? '  –' : v.pass ? ' ok' : 'MISS';
        const value = v.value === null ? 'not measured' : `${Math.round(v.value * 100) / 100}${v.budget.unit ? ` ${v.budget.unit}` : ''}`;
        const limit = `${v.budget.kind === 'min' ? '>=' : '<='} ${v.budget.limit}${v.budget.unit ? ` ${v.budget.unit}` : ''}`;
        return `${mark.padStart(4)}  ${v.budget.label.padEnd(46)} ${value.padEnd(14)} (${limit})`;
      })
      .join('\n') + '\n',
};
