/** Pack text (JSON or YAML) → plain data, or errors with line and column. */
import { parseDocument } from 'yaml';
import { LIMITS } from './limits';

export type ParseResult = { ok: true; data: unknown } | { ok: false; errors: string[] };

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

function isJson(text: string, fileName?: string): boolean {
  if (fileName) return /\.json$/i.test(fileName);
  return /^\s*[{[]/.test(text);
}

function lineCol(text: string, pos: number): { line: number; col: number } {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return { line, col: pos - before.lastIndexOf('\n') };
}

export function parsePackText(text: string, fileName?: string): ParseResult {
  const bytes = byteLength(text);
  if (bytes > LIMITS.fileBytes) {
    return { ok: false, errors: [`(file): is ${Math.ceil(bytes / 1024)} KB; a pack can be at most ${LIMITS.fileBytes / 1024} KB`] };
  }
  if (!text.trim()) return { ok: false, errors: ['(file): is empty; a pack needs at least name, version and author'] };
  if (isJson(text, fileName)) {
    try {
      return { ok: true, data: JSON.parse(text) };
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      const pos = /position (\d+)/.exec(msg);
      const where = pos ? (({ line, col }) => `line ${line}, column ${col}: `)(lineCol(text, Number(pos[1]))) : '';
      return { ok: false, errors: [`(file): ${where}not valid JSON (${msg.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+.*$/, '')})`] };
    }
  }
  // Aliases are capped: a few kilobytes of nested aliases can otherwise expand to gigabytes.
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, merge: false });
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length) {
    return {
      ok: false,
      errors: problems.slice(0, 10).map((err) => {
        const at = err.linePos?.[0];
        const where = at ? `line ${at.line}, column ${at.col}: ` : '';
        return `(file): ${where}not valid YAML (${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')})`;
      }),
    };
  }
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: 50 }) };
  } catch (e) {
    return { ok: false, errors: [`(file): could not be read as YAML (${e instanceof Error ? e.message : String(e)})`] };
  }
}
