/** Loading and scoring a labelled corpus file the way the `eval` command does, for the corpus tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../../analyzers/index';
import { BUILT_IN_RULES } from '../../rules/index';
import type { Report } from '../../analyzers/types';
import { evaluate, type CorpusItem, type EvalResult } from '../../cli/evaluate';

/** One corpus file beside the tests; a bad line names the file and line. */
export function load(name: string): CorpusItem[] {
  return readFileSync(join(import.meta.dirname, name), 'utf8')
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, n }) => {
      try {
        return JSON.parse(line) as CorpusItem;
      } catch (e) {
        throw new Error(`${name}:${n}: not JSON (${String(e)})`);
      }
    });
}

/** A fresh engine, so no cache is shared with other test files. */
export function score(items: CorpusItem[]): EvalResult {
  const engine = createEngine(BUILT_IN_RULES);
  const reports: Report[] = items.map((item) => engine.analyze(item.text, { kind: item.kind }));
  return evaluate(items, reports);
}

/** Misses and false alarms, readable, so a failing threshold names the texts to look at. */
export function problems(items: CorpusItem[], r: EvalResult): string {
  const byId = new Map(items.map((i) => [i.id, i]));
  return r.misses
    .filter((m) => m.missing.length || m.extra.length)
    .map((m) => {
      const what = [m.missing.length ? `missed ${m.missing.join(',')}` : '', m.extra.length ? `false alarm ${m.extra.join(',')}` : ''].filter(Boolean).join('; ');
      return `${m.id} ${what}: ${byId.get(m.id)?.text.replace(/\n/g, ' / ')}`;
    })
    .join('\n');
}
