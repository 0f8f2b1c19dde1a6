#!/usr/bin/env node
// What a built bundle is made of, by source, from its source map: which npm package or which of
// our folders each minified byte came from. Build with source maps first (never shipped):
//   CARE_COACH_SOURCEMAP=1 CARE_COACH_OUT_DIR=/tmp/cc npx wxt build
//   node scripts/bundle-composition.mjs /tmp/cc/chrome-mv3/content-scripts/gmail.js [--files]
import { readFileSync } from 'node:fs';

const [file, flag] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/bundle-composition.mjs BUNDLE.js [--files]   (needs BUNDLE.js.map next to it)');
  process.exit(2);
}
let code, map;
try {
  code = readFileSync(file, 'utf8');
  map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
} catch (e) {
  console.error(`${file}: ${e.message} (build with CARE_COACH_SOURCEMAP=1 for the .map)`);
  process.exit(1);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** One VLQ segment of a source map's mappings. */
function decode(seg) {
  const out = [];
  let v = 0;
  let shift = 0;
  for (const ch of seg) {
    let d = B64.indexOf(ch);
    const more = d & 32;
    d &= 31;
    v += d << shift;
    if (more) shift += 5;
    else {
      out.push(v & 1 ? -(v >> 1) : v >> 1);
      v = 0;
      shift = 0;
    }
  }
  return out;
}

const lines = code.split('\n');
const bytes = new Map();
let src = 0;
map.mappings.split(';').forEach((line, li) => {
  let col = 0;
  const entries = [];
  for (const seg of line ? line.split(',') : []) {
    const vals = decode(seg);
    col += vals[0];
    if (vals.length > 1) src += vals[1];
    entries.push([col, vals.length > 1 ? src : null]);
  }
  const len = (lines[li] ?? '').length;
  entries.forEach(([c, s], k) => {
    const end = k + 1 < entries.length ? entries[k + 1][0] : len;
    const name = s === null ? '(unmapped)' : map.sources[s];
    bytes.set(name, (bytes.get(name) ?? 0) + end - c);
  });
});

const byFile = flag === '--files';
const group = (n) => {
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(n);
  if (pkg && !byFile) return `npm:${pkg[1]}`;
  const path = n.replace(/^(\.\.\/)+/, '').replace(/^.*?\/(analyzers|rules|sites|settings|components|entrypoints|build|node_modules)\//, '$1/');
  return byFile ? path : path.replace(/\/[^/]+$/, '/');
};
const groups = new Map();
for (const [k, v] of bytes) groups.set(group(k), (groups.get(group(k)) ?? 0) + v);
console.log(`${file}: ${(code.length / 1024).toFixed(1)} KB`);
for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, byFile ? 60 : 30)) console.log(`${(v / 1024).toFixed(1).padStart(7)} KB  ${k}`);
