/** "[[marked]]" spans in a rule example, as the built-in rules write them (rules/define-rule.ts). */
export function parseExample(example: string): { text: string; spans: Array<{ start: number; end: number }> } {
  const spans: Array<{ start: number; end: number }> = [];
  let text = '';
  let i = 0;
  while (i < example.length) {
    const open = example.indexOf('[[', i);
    const close = open === -1 ? -1 : example.indexOf(']]', open);
    if (open === -1 || close === -1) {
      text += example.slice(i);
      break;
    }
    text += example.slice(i, open);
    const start = text.length;
    text += example.slice(open + 2, close);
    spans.push({ start, end: text.length });
    i = close + 2;
  }
  return { text, spans };
}
