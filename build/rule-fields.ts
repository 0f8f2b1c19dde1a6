import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * A built-in rule file holds three kinds of data: what finds (match, unless, severity), what
 * explains (message, why, alternatives) and its tests (examples). No bundle needs all three:
 *
 * - the page scripts (Gmail, notes) find, and never show a word of explanation themselves;
 * - the coach UI bundle (entrypoints/coach-ui) explains, and never matches;
 * - the background checks packs against the built-in rules, and never shows examples.
 *
 * This plugin leaves out the fields a bundle doesn't use, in the rule files only, so each bundle
 * carries its own half. A left-out field reads as empty: the rule object starts with a spread of
 * one shared object of empty fields (`{ ...EMPTY, match: [...] }`), so the rule keeps its shape
 * at a few bytes instead of an empty literal per field per rule. Fields are found with the
 * TypeScript parser (regular expressions and quotes inside patterns can't confuse it), and only
 * inside `defineRule({...})`.
 */
export const RULE_FILE = /[\\/]rules[\\/][a-z-]+[\\/][a-z0-9-]+\.ts$/;

export type RuleField = 'match' | 'unless' | 'message' | 'why' | 'alternatives' | 'examples';

/** The page scripts' half: what finds. */
export const EXPLAINING_FIELDS: RuleField[] = ['message', 'why', 'alternatives', 'examples'];
/** The coach UI's half: what explains. */
export const FINDING_FIELDS: RuleField[] = ['match', 'unless', 'examples'];

const EMPTY_MODULE = 'virtual:care-coach/empty-rule-fields';
const EMPTY_ID = '\0care-coach-empty-rule-fields';
const EMPTY_NAME = '__careCoachEmptyRuleFields';
/** Frozen: one object is shared by every rule of a bundle. */
const EMPTY_SOURCE = `const f = Object.freeze;
export default f({ match: f([]), unless: f([]), message: '', why: '', alternatives: f([]), examples: f({ flag: f([]), pass: f([]) }) });
`;

/** `code` without the given fields in its `defineRule({...})` object, which reads them from the shared empty object instead. */
export function leaveOutRuleFields(code: string, fields: readonly RuleField[]): string {
  if (!code.includes('defineRule')) return code;
  const file = ts.createSourceFile('rule.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineRule') {
      const spec = node.arguments[0];
      if (spec && ts.isObjectLiteralExpression(spec)) {
        let dropped = false;
        for (const p of spec.properties) {
          if (!ts.isPropertyAssignment(p) || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) continue;
          if (!fields.includes(p.name.text as RuleField)) continue;
          let end = p.getEnd();
          while (end < code.length && /\s/.test(code[end])) end++;
          if (code[end] === ',') end++;
          edits.push({ start: p.getStart(file), end, text: '' });
          dropped = true;
        }
        // First, so the rule's own fields win over the empty ones.
        if (dropped) edits.push({ start: spec.getStart(file) + 1, end: spec.getStart(file) + 1, text: ` ...${EMPTY_NAME},` });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (edits.length === 0) return code;
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return `import ${EMPTY_NAME} from '${EMPTY_MODULE}';\n${out}`;
}

export function ruleFields(fields: readonly RuleField[]): Plugin {
  return {
    name: 'care-coach:rule-fields',
    enforce: 'pre',
    resolveId(id) {
      return id === EMPTY_MODULE ? EMPTY_ID : null;
    },
    load(id) {
      return id === EMPTY_ID ? EMPTY_SOURCE : null;
    },
    transform(code, id) {
      if (!RULE_FILE.test(id.split('?')[0])) return null;
      return { code: leaveOutRuleFields(code, fields), map: null };
    },
  };
}

/**
 * The same, for esbuild (the benchmark's engine, built as the page scripts' engine): this plugin
 * provides the shared empty object; the rule files are read by build/intern-groups.ts's esbuild
 * plugin, which applies `leaveOut` first.
 */
export function ruleFieldsEsbuild(fields: readonly RuleField[]) {
  return {
    leaveOut: (code: string) => leaveOutRuleFields(code, fields),
    plugin: {
      name: 'care-coach:rule-fields',
      setup(build: { onResolve: Function; onLoad: Function }) {
        build.onResolve({ filter: /^virtual:care-coach\/empty-rule-fields$/ }, () => ({ path: EMPTY_ID, namespace: 'care-coach' }));
        build.onLoad({ filter: /.*/, namespace: 'care-coach' }, () => ({ contents: EMPTY_SOURCE, loader: 'js' }));
      },
    },
  };
}
