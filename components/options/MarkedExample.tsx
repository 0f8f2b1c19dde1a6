import { parseExample } from '../../settings/pack/examples';

/** A rule example with its [[marked]] span shown as a highlight. Text only: never parsed as HTML. */
export function MarkedExample({ example }: { example: string }) {
  const { text, spans } = parseExample(example);
  const parts: Array<{ text: string; marked: boolean }> = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) parts.push({ text: text.slice(at, s.start), marked: false });
    parts.push({ text: text.slice(s.start, s.end), marked: true });
    at = s.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return (
    <>
      {parts.map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}
