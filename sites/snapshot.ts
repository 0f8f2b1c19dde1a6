/**
 * A contenteditable's text as the engine sees it, with a segment map back to the DOM.
 *
 * Why not `innerText`: it depends on layout (and forces it), differs between browsers and can't be
 * mapped back to nodes. We walk text nodes ourselves: a newline for `<br>` and block boundaries,
 * collapsed runs of source whitespace, excluded subtrees (quotes, signatures) left out. Every
 * character of `text` belongs to exactly one segment, so offsets map both ways by binary search.
 */
import type { TextSnapshot } from './editor';

export interface SnapshotOptions {
  /** Subtrees left out of the text, e.g. `.gmail_quote`. Matched with `Element.matches`. */
  exclude?: readonly string[];
  /** 'pre' keeps source whitespace and newlines (for `white-space: pre-wrap` editors). */
  whiteSpace?: 'normal' | 'pre';
}

/** One run of `text` that maps 1:1 onto DOM characters, or a synthetic newline. */
interface Segment {
  /** Offset of the run in `text`. */
  start: number;
  length: number;
  /** The text node holding the run, or null for a synthetic newline. */
  node: Text | null;
  /** Offset of the run's first character in `node.data`. */
  nodeOffset: number;
  /** For synthetic newlines: the node the newline sits before (or after, when `after`). */
  boundary?: Node;
  after?: boolean;
}

export interface ContentEditableSnapshot extends TextSnapshot {
  readonly root: HTMLElement;
  /** Number of segments (for tests and diagnostics). */
  readonly segmentCount: number;
  /** The DOM position of a text offset; `bias` picks the side at a boundary between runs. */
  positionAt(offset: number, bias?: 'left' | 'right'): { node: Node; offset: number } | null;
  /** True while no text node the snapshot read has changed or left the editor. */
  isCurrent(): boolean;
}

/**
 * Elements that start a new line. A fixed list instead of computed style: reading styles on
 * every keystroke would force a style recalculation in the middle of typing.
 */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);
/** Never text, whatever they contain. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OBJECT', 'SVG']);

/** Characters that read as a space: single tabs/newlines in source, and nbsp (1:1). */
const NEEDS_MAPPING = /[\t\n\r\f\u00a0]/;
const MAPPED = /[\t\n\r\f\u00a0]/g;

function isAsciiSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}

/** Whitespace-insensitive comparison for "does this range still hold the finding's text". */
export function sameText(a: string, b: string): boolean {
  return squash(a) === squash(b);
}

function squash(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

export function createSnapshot(root: HTMLElement, options: SnapshotOptions = {}): ContentEditableSnapshot {
  const exclude = options.exclude?.length ? options.exclude.join(',') : '';
  const pre = options.whiteSpace === 'pre';
  const segments: Segment[] = [];
  /** Text node → index of its first segment, and the data it had when read. */
  const firstSegment = new Map<Text, number>();
  const dataAtRead = new Map<Text, string>();
  // Built as parts: inspecting a string while appending to it makes V8 flatten it every time.
  const parts: string[] = [];
  let length = 0;
  /** Last character appended ('' at the start): what the whitespace rules look at. */
  let last = '';

  const endsWithBreak = () => length === 0 || last === '\n';
  const lastIsSpace = () => length === 0 || last === ' ' || last === '\n';

  function append(chars: string): void {
    parts.push(chars);
    length += chars.length;
    last = chars[chars.length - 1];
  }

  function newline(boundary: Node, after: boolean): void {
    segments.push({ start: length, length: 1, node: null, nodeOffset: 0, boundary, after });
    append('\n');
  }

  /** A block boundary: a newline unless we're already at the start of a line. */
  function blockBoundary(el: Element, atEnd: boolean): void {
    if (endsWithBreak()) return;
    // Before the block when entering it, after it when leaving.
    newline(el, atEnd);
  }

  function readText(node: Text): void {
    const data = node.data;
    const n = data.length;
    if (n === 0) return;
    dataAtRead.set(node, data);
    const before = segments.length;
    if (pre) {
      pushRun(node, 0, n, data.replace(/\u00a0/g, ' ').replace(/\r/g, '\n'));
    } else {
      // Runs of source whitespace collapse to one space, and vanish at the start of a line. A
      // single space between words maps 1:1, so ordinary text is one run per node.
      let runStart = 0;
      let i = 0;
      while (i < n) {
        if (!isAsciiSpace(data.charCodeAt(i))) {
          i++;
          continue;
        }
        let j = i + 1;
        while (j < n && isAsciiSpace(data.charCodeAt(j))) j++;
        if (j - i > 1 || (i === 0 && lastIsSpace())) {
          if (i > runStart) pushRun(node, runStart, i - runStart, data.slice(runStart, i));
          if (!lastIsSpace()) pushRun(node, i, 1, ' ');
          runStart = j;
        }
        i = j;
      }
      if (n > runStart) pushRun(node, runStart, n - runStart, data.slice(runStart));
    }
    if (segments.length > before) firstSegment.set(node, before);
  }

  function pushRun(node: Text, nodeOffset: number, runLength: number, chars: string): void {
    if (!pre && NEEDS_MAPPING.test(chars)) chars = chars.replace(MAPPED, ' ');
    const prev = segments[segments.length - 1];
    // Merge with the previous run of the same node when contiguous: fewer segments to search.
    if (prev && prev.node === node && prev.nodeOffset + prev.length === nodeOffset && prev.start + prev.length === length) {
      prev.length += runLength;
    } else {
      segments.push({ start: length, length: runLength, node, nodeOffset });
    }
    append(chars);
  }

  function visit(parent: Node): void {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        readText(child as Text);
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      const block = BLOCK_TAGS.has(tag);
      if (exclude && el.matches(exclude)) {
        // Left out, but it still separates the text around it.
        if (block || !endsWithBreak()) blockBoundary(el, false);
        continue;
      }
      if (tag === 'BR') {
        // A <br> that ends a block with text before it draws no empty line in browsers.
        if (!(isLastInBlock(el) && !endsWithBreak())) newline(el, false);
        continue;
      }
      if (block) blockBoundary(el, false);
      visit(el);
      if (block) blockBoundary(el, true);
    }
  }

  visit(root);
  const text = parts.join('');

  function segmentAt(offset: number, bias: 'left' | 'right'): number {
    // Last segment whose start is <= offset (or < offset when biased left).
    let lo = 0;
    let hi = segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[mid].start;
      if (bias === 'left' ? s < offset : s <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  function positionAt(offset: number, bias: 'left' | 'right' = 'right'): { node: Node; offset: number } | null {
    if (offset < 0 || offset > text.length || !Number.isInteger(offset)) return null;
    if (segments.length === 0) return { node: root, offset: root.childNodes.length };
    let i = segmentAt(offset, bias);
    if (i < 0) i = 0;
    let seg = segments[i];
    // Biased right at a run's end means the start of the next run.
    if (offset >= seg.start + seg.length && bias === 'right' && i + 1 < segments.length) seg = segments[++i];
    const within = Math.max(0, Math.min(seg.length, offset - seg.start));
    if (seg.node) {
      if (!textStillRead(seg.node)) return null;
      return { node: seg.node, offset: seg.nodeOffset + within };
    }
    const b = seg.boundary;
    if (!b || !b.isConnected || !b.parentNode) return null;
    return { node: b.parentNode, offset: indexIn(b) + (seg.after ? 1 : 0) };
  }

  function textStillRead(node: Text): boolean {
    return node.isConnected && node.data === dataAtRead.get(node) && root.contains(node);
  }

  function toRange(start: number, end: number): Range | null {
    if (!(start <= end)) return null;
    const a = positionAt(start, 'right');
    const b = start === end ? a : positionAt(end, 'left');
    if (!a || !b) return null;
    // Every text node the span crosses must be unchanged since the read.
    const first = segmentAt(start, 'right');
    const last = segmentAt(end, 'left');
    for (let i = Math.max(0, first); i <= last && i < segments.length; i++) {
      const n = segments[i].node;
      if (n && !textStillRead(n)) return null;
    }
    const range = root.ownerDocument.createRange();
    try {
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
    } catch {
      return null;
    }
    return range;
  }

  function offsetOf(node: Node, offset: number): number | null {
    if (!root.contains(node)) return null;
    if (exclude) {
      const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      const out = el?.closest(exclude);
      if (out && root.contains(out) && out !== root) return null;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      const first = firstSegment.get(node as Text);
      if (first !== undefined) {
        for (let i = first; i < segments.length && segments[i].node === node; i++) {
          const s = segments[i];
          if (offset < s.nodeOffset) return s.start; // inside collapsed whitespace before the run
          if (offset <= s.nodeOffset + s.length) return s.start + (offset - s.nodeOffset);
        }
        const lastSeg = segments.filter((s) => s.node === node).pop();
        if (lastSeg) return lastSeg.start + lastSeg.length;
      }
    }
    // An element position or a text node we skipped: the first run at or after that point.
    const probe = root.ownerDocument.createRange();
    let lo = 0;
    let hi = segments.length - 1;
    let answer = text.length;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[mid];
      const cmp = comparePointTo(probe, s, node, offset);
      if (cmp === null) return null;
      // A point exactly at a line break's position is on the line the break starts.
      if (cmp < 0 || (cmp === 0 && s.node)) {
        answer = s.start;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    return answer;
  }

  return {
    root,
    get text() {
      return text;
    },
    segmentCount: segments.length,
    toRange,
    offsetOf,
    positionAt,
    isCurrent() {
      for (const n of dataAtRead.keys()) if (!textStillRead(n)) return false;
      return true;
    },
  };
}

/** -1/0 when (node, offset) is at or before the segment's start, 1 when after; null if detached. */
function comparePointTo(probe: Range, s: Segment, node: Node, offset: number): number | null {
  try {
    if (s.node) probe.setStart(s.node, s.nodeOffset);
    else if (s.after) probe.setStartAfter(s.boundary!);
    else probe.setStartBefore(s.boundary!);
    probe.collapse(true);
    return probe.comparePoint(node, offset);
  } catch {
    return null;
  }
}

function indexIn(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}

/** True when nothing but whitespace or other <br>-less inline nodes follows `br` in its block. */
function isLastInBlock(br: Element): boolean {
  for (let n = br.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === Node.TEXT_NODE && !/^[ \t\n\r\f]*$/.test((n as Text).data)) return false;
    if (n.nodeType === Node.ELEMENT_NODE) return BLOCK_TAGS.has((n as Element).tagName.toUpperCase());
  }
  const parent = br.parentElement;
  return !!parent && BLOCK_TAGS.has(parent.tagName.toUpperCase());
}
