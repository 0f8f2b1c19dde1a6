import { readFileSync } from 'node:fs';
import { checkPack } from './settings/pack/check';
import { createEngine } from './analyzers/index';
import { BUILT_IN_RULES } from './rules/index';
let t = performance.now(); createEngine(BUILT_IN_RULES); console.log('compile', performance.now() - t);
t = performance.now(); createEngine(BUILT_IN_RULES); console.log('compile2', performance.now() - t);
const txt = readFileSync('examples/team-pack.yaml', 'utf8');
for (let i = 0; i < 3; i++) { t = performance.now(); checkPack(txt); console.log('check', performance.now() - t); }
