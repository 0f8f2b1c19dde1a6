/**
 * Runs in its own `node --expose-gc` process (bundled by memory.ts): heap after loading the
 * engine, after analysing the whole corpus, after 10,000 edits, and after as many again (a leak
 * shows as growth between the last two), each measured after a full garbage collection.
 */
import { createEngine } from '../analyzers/engine';
import { BUILT_IN_RULES } from '../rules/index';
import { generateCorpus, generateDraft } from './corpus-generator';
import { editOnce } from './keystroke';
import { createRandom } from './random';

const [words, edits, seed] = process.argv.slice(2).map(Number);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

function heapMb(): number {
  // Several passes: weak references and finalizers can need more than one to settle.
  for (let i = 0; i < 3; i++) gc!();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

const docs = generateCorpus(words, seed);
const draft = generateDraft(1000, seed).text;
const before = heapMb();
const engine = createEngine(BUILT_IN_RULES);
engine.analyze(draft, { kind: 'email' });
const loaded = heapMb();
for (const d of docs) engine.analyze(d.text, { kind: d.kind });
const afterCorpus = heapMb();
let text = draft;
const r = createRandom(seed + 3);
for (let i = 0; i < edits; i++) engine.analyze((text = editOnce(text, r)), { kind: 'email' });
const afterEdits = heapMb();
for (let i = 0; i < edits; i++) engine.analyze((text = editOnce(text, r)), { kind: 'email' });
const afterMoreEdits = heapMb();
engine.clearCache();
const afterClear = heapMb();
process.stdout.write(JSON.stringify({ before, loaded, afterCorpus, afterEdits, afterMoreEdits, afterClear, docs: docs.length, words: docs.reduce((s, d) => s + d.words, 0) }));
