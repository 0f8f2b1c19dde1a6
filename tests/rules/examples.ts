/** Parses "[[marked]]" spans out of a rule example. */
export function parseExample(example: string): { text: string; spans: Array<{ start: number; end: number }> } {
  const spans: Array<{ start: number; end: number }> = [];
  let text = '';
  let i = 0;
  while (i < example.length) {
    const open = example.indexOf('[[', i);
    if (open === -1) {
      text += example.slice(i);
      break;
    }
    const close = example.indexOf(']]', open);
    if (close === -1) throw new Error(`unclosed [[ in example: ${example}`);
    text += example.slice(i, open);
    const start = text.length;
    text += example.slice(open + 2, close);
    spans.push({ start, end: text.length });
    i = close + 2;
  }
  return { text, spans };
}
