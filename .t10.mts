import { readFileSync } from 'node:fs';
import { checkPack } from './settings/pack/check';
const txt = readFileSync('examples/team-pack.yaml', 'utf8');
let t = performance.now(); checkPack(txt); console.log('first', performance.now() - t);
let last = performance.now(); const marks: number[] = [];
const now = () => { const t = performance.now(); marks.push(t - last); last = t; return t; };
t = performance.now(); checkPack(txt, { now }); console.log('total', performance.now() - t, marks.map(Math.round));
t = performance.now(); console.log(checkPack(txt).ok); console.log('again', performance.now() - t);
