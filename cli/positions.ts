/**
 * Offsets to line:col for reports. Lines and columns start at 1; columns count UTF-16 code
 * units (as ESLint and VS Code do), so they match the engine's offsets one to one.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
  format(offset: number): string {
    const { line, column } = this.position(offset);
    return `${line}:${column}`;
  }
}

/**
 * Text from the input echoed to a terminal: control characters (escape sequences could
 * repaint the terminal), bidi overrides and lone surrogates are shown as \u{…} instead.
 */
export function printable(text: string, max = 200): string {
  const cut = text.length > max ? text.slice(0, max) + '…' : text;
  return cut
    .replace(/\r?\n/g, ' ⏎ ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
