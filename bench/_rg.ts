import { requiredLiterals } from '../analyzers/regex-gate';
import { readFileSync } from 'node:fs';
for (const f of ['question-cues', 'question-coverage', 'sentence-shape', 'context', 'metrics', 'questions']) {
const src = readFileSync(`analyzers/${f}.ts`, 'utf8');
const res = [...src.matchAll(/(?<=[=:(,]\s*)\/((?:\\.|\[(?:\\.|[^\]])*\]|[^/\n\\\[])+)\/([gimsuy]*)/g)];
for (const m of res) { let re; try { re = new RegExp(m[1], m[2]); } catch { continue; } if (m[1].length < 120) continue;
  const l = requiredLiterals(re); console.log(f, m[1].length, l ? l.length + ' ' + l.slice(0, 12).join('|') : 'NONE', '::', m[1].slice(0, 50)); }
}
