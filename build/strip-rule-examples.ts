import type { Plugin } from 'vite';

/**
 * Rules carry their examples (they are the rules' tests, and the options page shows them), but
 * content scripts never need them: stripping `examples: {…}` from rule modules in those bundles
 * keeps the in-page script small. The scanner skips strings and comments so braces inside
 * example text can't confuse it.
 */
const RULE_FILE = /[\\/]rules[\\/][a-z-]+[\\/][a-z0-9-]+\.ts$/;

export function removeExamples(code: string): string {
  const key = /\n(\s*)examples:\s*\{/.exec(code);
  if (!key) return code;
  let i = key.index + key[0].length; // just past the opening brace
  let depth = 1;
  while (i < code.length && depth > 0) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      const quote = c;
      i++;
      while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
    } else if (c === '/' && code[i + 1] === '/') {
      while (i < code.length && code[i] !== '\n') i++;
    } else if (c === '/' && code[i + 1] === '*') {
      i = code.indexOf('*/', i + 2) + 1;
      if (i === 0) return code;
    } else if (c === '{') depth++;
    else if (c === '}') depth--;
    i++;
  }
  if (depth !== 0) return code;
  if (code[i] === ',') i++;
  return code.slice(0, key.index) + '\n' + key[1] + 'examples: { flag: [], pass: [] },' + code.slice(i);
}

export function stripRuleExamples(): Plugin {
  return {
    name: 'care-coach:strip-rule-examples',
    enforce: 'pre',
    transform(code, id) {
      if (!RULE_FILE.test(id.split('?')[0])) return null;
      return { code: removeExamples(code), map: null };
    },
  };
}
