import ts from 'typescript';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { LEXICON } from '../rules/lexicon';
import { RULE_FILE } from './rule-fields';

/**
 * The same word groups recur across the rule files: "(price|pricing|rate|discount|deal|offer)"
 * is written out in a dozen patterns, because a rule reads best with its words in place. In the
 * bundles that match (the page scripts and the background), this plugin keeps one copy of each
 * group that recurs: the patterns refer to it as a lexicon macro (`%Q1c%`), and the lexicon
 * gains the entry. A macro standing for a whole group expands back to exactly that group
 * (analyzers/pattern-text.ts), so every pattern compiles to the same match string;
 * tests/build/shipped-engine.test.ts checks that for every built-in pattern, and that the
 * engine bundled this way reports the same as the sources. It saves ~6 KB of each page script.
 *
 * Only groups without a macro of their own are interned (a macro's body is not expanded again),
 * and only where the copies saved outweigh the entry added.
 */
const GROUP = /(\/[^/]*\/)|\(([^()]*)\)/g;
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Short macro names: "Q" and a base-62 number ("Q0" … "Qz", "Q10" …); no lexicon name starts with a capital Q. */
function nameFor(n: number): string {
  let s = '';
  do {
    s = DIGITS[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return `Q${s}`;
}

/** The string literals inside each `defineRule({ match: … })` of a rule file: its patterns, or parts of them. */
function matchLiterals(file: ts.SourceFile): ts.StringLiteralLike[] {
  const out: ts.StringLiteralLike[] = [];
  const collect = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node);
    ts.forEachChild(node, collect);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineRule') {
      const spec = node.arguments[0];
      if (spec && ts.isObjectLiteralExpression(spec)) {
        for (const p of spec.properties) {
          if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'match') collect(p.initializer);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

function parse(code: string): ts.SourceFile {
  return ts.createSourceFile('rule.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/** Which groups to intern, given every rule file's code: group body → macro name. */
export function planInterning(ruleFiles: string[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const code of ruleFiles) {
    for (const lit of matchLiterals(parse(code))) {
      for (const m of lit.text.matchAll(GROUP)) {
        const body = m[2];
        if (body !== undefined && !body.includes('%')) counts.set(body, (counts.get(body) ?? 0) + 1);
      }
    }
  }
  const table = new Map<string, string>();
  // By size saved, so the biggest repeats get the shortest names.
  const ranked = [...counts].map(([body, n]) => ({ body, n, gain: (n - 1) * (body.length + 2) })).sort((a, b) => b.gain - a.gain || (a.body < b.body ? -1 : 1));
  for (const { body, n } of ranked) {
    const name = nameFor(table.size);
    // Each copy shrinks from "(body)" to "%name%"; the lexicon gains `name:"body",`.
    if (n * (body.length - name.length) <= body.length + name.length + 4) continue;
    if (name in LEXICON) throw new Error(`intern-groups: the lexicon already has a macro named %${name}%`);
    table.set(body, name);
  }
  return table;
}

/** A pattern with its interned groups replaced by their macros. */
export function internPattern(pattern: string, table: Map<string, string>): string {
  return pattern.replace(GROUP, (whole, regex: string | undefined, body: string | undefined) => {
    const name = regex || body === undefined ? undefined : table.get(body);
    return name ? `%${name}%` : whole;
  });
}

/** A rule file's code with the patterns in its `match` interned. */
export function internRuleFile(code: string, table: Map<string, string>): string {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const lit of matchLiterals(parse(code))) {
    const interned = internPattern(lit.text, table);
    if (interned !== lit.text) edits.push({ start: lit.getStart(), end: lit.getEnd(), text: JSON.stringify(interned) });
  }
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** rules/lexicon.ts's code with the interned groups added to LEXICON. */
export function internLexicon(code: string, table: Map<string, string>): string {
  const entries = Object.fromEntries([...table].map(([body, name]) => [name, body]));
  return `${code}
// Word groups the rule files repeat, kept once (build/intern-groups.ts).
for (const [k, v] of Object.entries(${JSON.stringify(entries)})) {
  if (k in LEXICON) throw new Error(\`lexicon macro %\${k}% is defined twice\`);
  LEXICON[k] = v;
}
`;
}

/** Every built-in rule file's code, read from the repository. */
export function readRuleFiles(root: string): string[] {
  const rulesDir = join(root, 'rules');
  const out: string[] = [];
  for (const dir of readdirSync(rulesDir, { withFileTypes: true })) {
    if (!dir.isDirectory() || dir.name === 'lexicon') continue;
    for (const f of readdirSync(join(rulesDir, dir.name))) if (f.endsWith('.ts')) out.push(readFileSync(join(rulesDir, dir.name, f), 'utf8'));
  }
  return out;
}

const LEXICON_FILE = /[\\/]rules[\\/]lexicon\.ts$/;

export function internGroups(root: string): Plugin {
  let table = new Map<string, string>();
  return {
    name: 'care-coach:intern-groups',
    enforce: 'pre',
    buildStart() {
      table = planInterning(readRuleFiles(root));
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (RULE_FILE.test(file)) return { code: internRuleFile(code, table), map: null };
      if (LEXICON_FILE.test(file)) return { code: internLexicon(code, table), map: null };
      return null;
    },
  };
}

/** The same, for esbuild (the benchmark's engine bundle and the equivalence tests). */
export function internGroupsEsbuild(root: string, first: (code: string) => string = (code) => code) {
  const table = planInterning(readRuleFiles(root));
  return {
    name: 'care-coach:intern-groups',
    setup(build: { onLoad: Function }) {
      build.onLoad({ filter: /[\\/]rules[\\/]([a-z-]+[\\/][a-z0-9-]+|lexicon)\.ts$/ }, (args: { path: string }) => {
        const code = readFileSync(args.path, 'utf8');
        return { contents: LEXICON_FILE.test(args.path) ? internLexicon(code, table) : internRuleFile(first(code), table), loader: 'ts' };
      });
    },
  };
}
