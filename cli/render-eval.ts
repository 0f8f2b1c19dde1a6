/** The readable form of an EvalResult, for `eval` without --json. */
import { CATEGORIES } from '../analyzers/types';
import type { Counts, CorpusItem, EvalResult } from './evaluate';
import { printable } from './positions';
import { TEXT } from './text';

const T = TEXT.eval;

/** A rate with nothing to count (no predictions, no labels, no items) is shown as "-". */
const rate = (x: number | null, defined = true) => (x === null || !defined ? '-' : x.toFixed(3));

/** Columns padded to their widest cell: text columns (the first, and any listed) left, numbers right. */
function table(header: string[], rows: string[][], leftColumns: number[] = [0]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (leftColumns.includes(i) ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

function countsRow(name: string, c: Counts): string[] {
  return [name, rate(c.precision, c.tp + c.fp > 0), rate(c.recall, c.tp + c.fn > 0), rate(c.f1, c.tp + c.fp + c.fn > 0), String(c.tp), String(c.fp), String(c.fn)];
}

export function renderEval(r: EvalResult): string {
  const out: string[] = [T.heading(r.items, r.negatives), ''];
  const cats = Object.keys(r.perCategory).sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  out.push(...table(['', ...T.columns], [countsRow(T.overall, r.overall), ...cats.map((c) => countsRow(`  ${c}`, r.perCategory[c]))]));
  out.push('');

  const alarms = Math.round(r.falseAlarmRate * r.negatives);
  const hits = Math.round((r.questionTop1 ?? 0) * r.questionScored);
  const quiet = Math.round((r.quietRate ?? 0) * r.quietScored);
  out.push(
    ...table(
      ['', '', ''],
      [
        [T.falseAlarm, rate(r.falseAlarmRate, r.negatives > 0), T.ofItems(alarms, r.negatives, T.negativesWhat)],
        [T.top1, rate(r.questionTop1), T.ofItems(hits, r.questionScored, T.top1What)],
        [T.quiet, rate(r.quietRate), T.ofItems(quiet, r.quietScored, T.quietWhat)],
      ],
      [0, 2],
    ).slice(1),
  );

  const sources = Object.keys(r.perSource).sort();
  if (sources.length > 1 || (sources.length === 1 && sources[0] !== '(none)')) {
    out.push('', T.bySource);
    out.push(
      ...table(
        ['', ...T.sourceColumns],
        sources.map((s) => {
          const c = r.perSource[s];
          const row = countsRow(`  ${s}`, c);
          return [row[0], String(c.items), row[1], row[2], row[3], rate(c.falseAlarmRate)];
        }),
      ),
    );
  }
  return out.join('\n') + '\n';
}

function order(category: string): number {
  const i = (CATEGORIES as readonly string[]).indexOf(category);
  return i === -1 ? CATEGORIES.length : i;
}

export function renderMisses(r: EvalResult, items: CorpusItem[]): string {
  const byId = new Map(items.map((i) => [i.id, i]));
  const out = ['', T.missesHeading(r.misses.length)];
  if (r.misses.length === 0) out.push(`  ${T.noMisses}`);
  for (const m of r.misses) {
    const what = [
      m.missing.length ? T.missing(m.missing) : '',
      m.extra.length ? T.extra(m.extra) : '',
      m.question !== undefined ? T.question(m.question, m.expectedQuestions ?? []) : '',
    ].filter(Boolean);
    out.push(`  ${printable(m.id)}: ${what.join('; ')}`);
    out.push(`    ${printable(byId.get(m.id)?.text ?? '', 300)}`);
  }
  return out.join('\n') + '\n';
}
