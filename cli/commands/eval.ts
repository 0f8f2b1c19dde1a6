import type { AnalyzeOptions } from '../../analyzers/types';
import { formatFlags, parseArgs, type FlagSpec } from '../args';
import type { Command } from '../command';
import { checkCorpusItem, parseJsonl } from '../corpus';
import { analyzer } from '../engine';
import { ENGINE_FLAGS, engineOptions } from '../engine-options';
import { InputError, UsageError } from '../errors';
import { evaluate, type CorpusItem } from '../evaluate';
import { EXIT } from '../exit-codes';
import { MAX_CORPUS_BYTES, STDIN, readSource } from '../input';
import { reportError } from '../report';
import { renderEval, renderMisses } from '../render-eval';
import { TEXT } from '../text';

const NAME = 'eval';
// --kind is left out: each item says what it is.
const FLAGS: FlagSpec[] = [
  { name: 'json', help: TEXT.flags.json },
  { name: 'misses', help: TEXT.flags.misses },
  ...ENGINE_FLAGS.filter((f) => f.name !== 'kind'),
];

const command: Command = {
  name: NAME,
  summary: TEXT.eval.summary,
  usage: TEXT.eval.usage(formatFlags(FLAGS)),
  async run(args, io) {
    const p = parseArgs(NAME, args, FLAGS);
    if (p.positionals.length === 0) throw new UsageError(TEXT.errors.missingFiles(NAME, 'CORPUS.jsonl file'));
    if (p.positionals.filter((f) => f === STDIN).length > 1) throw new UsageError(TEXT.errors.stdinTwice(NAME));
    const options = await engineOptions(NAME, p);

    const items: CorpusItem[] = [];
    const firstLine = new Map<string, string>();
    let problems = 0;
    const problem = (message: string) => {
      io.stderr(TEXT.errors.prefix + message + '\n');
      problems++;
    };
    for (const file of p.positionals) {
      let src;
      try {
        src = await readSource(file, io, MAX_CORPUS_BYTES);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        reportError(io, e);
        problems++;
        continue;
      }
      const records = parseJsonl(src.text, src.name);
      if (records.length === 0) problem(TEXT.errors.emptyCorpus(src.name));
      for (const rec of records) {
        if (!rec.ok) {
          problem(rec.error);
          continue;
        }
        const checked = checkCorpusItem(rec.value);
        if (!checked.ok) {
          problem(TEXT.errors.badItem(src.name, rec.line, checked.id, checked.error));
          continue;
        }
        const item = checked.value;
        const seen = firstLine.get(item.id);
        // Misses are reported by id, so ids must be unique across the files scored together.
        if (seen !== undefined) {
          problem(TEXT.errors.badItem(src.name, rec.line, item.id, TEXT.errors.duplicateId(item.id, seen)));
          continue;
        }
        firstLine.set(item.id, `${src.name}:${rec.line}`);
        items.push(item);
      }
    }
    if (problems) io.stderr(TEXT.errors.prefix + TEXT.errors.skipped(problems) + '\n');

    const analyze = await analyzer(NAME);
    const reports = items.map((item) => analyze(item.text, item.kind ? { ...options, kind: item.kind } : options));
    const result = evaluate(items, reports);
    if (p.bool('json')) {
      const texts = new Map(items.map((i) => [i.id, i.text]));
      const out = p.bool('misses') ? { ...result, misses: result.misses.map((m) => ({ ...m, text: texts.get(m.id) })) } : result;
      io.stdout(JSON.stringify(out, null, 2) + '\n');
    } else {
      io.stdout(renderEval(result) + (p.bool('misses') ? renderMisses(result, items) : ''));
    }
    return problems ? EXIT.input : EXIT.ok;
  },
};

export default command;
