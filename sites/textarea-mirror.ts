/**
 * A hidden copy of a textarea's text, laid out like the field: same font, padding, wrapping and
 * width, so a DOM Range over the copy has the rectangles the characters have inside the field.
 * The Highlight API cannot paint inside a textarea, so this is how boxes find their place
 * (the technique of textarea-caret-position and Harper's extension).
 */

/** Everything that changes where a character lands. Borders stay off: the mirror is the padding box. */
const COPIED_PROPERTIES = [
  'direction',
  'writing-mode',
  'font-family',
  'font-size',
  'font-style',
  'font-variant',
  'font-weight',
  'font-stretch',
  'font-kerning',
  'font-feature-settings',
  'font-variation-settings',
  'font-size-adjust',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-indent',
  'text-align',
  'text-rendering',
  'tab-size',
  'white-space',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
] as const;

export class TextareaMirror {
  readonly element: HTMLDivElement;
  private readonly textNode: Text;
  private lastStyleKey = '';

  constructor(
    readonly field: HTMLTextAreaElement,
    parent: Node,
  ) {
    const doc = field.ownerDocument;
    this.element = doc.createElement('div');
    this.element.setAttribute('aria-hidden', 'true');
    this.element.className = 'mirror';
    this.textNode = doc.createTextNode('');
    this.element.append(this.textNode);
    parent.appendChild(this.element);
    this.sync();
  }

  /** The text the mirror holds (the field's value at the last sync). */
  get text(): string {
    return this.textNode.data;
  }

  /** Copies the field's value and layout. Cheap when nothing changed. */
  sync(): void {
    const view = this.field.ownerDocument.defaultView;
    const cs = view?.getComputedStyle(this.field);
    const s = this.element.style;
    if (cs) {
      const key = COPIED_PROPERTIES.map((p) => cs.getPropertyValue(p)).join('|') + `|${this.field.clientWidth}`;
      if (key !== this.lastStyleKey) {
        this.lastStyleKey = key;
        for (const p of COPIED_PROPERTIES) s.setProperty(p, cs.getPropertyValue(p));
        // Textareas always wrap unless told otherwise (wrap="off" or white-space: pre).
        if (this.field.getAttribute('wrap') === 'off') s.setProperty('white-space', 'pre');
        s.setProperty('box-sizing', 'border-box');
        s.setProperty('border', '0');
        s.setProperty('margin', '0');
        // clientWidth is the padding box without the scrollbar: exactly the width text wraps in.
        s.setProperty('width', `${this.field.clientWidth}px`);
        s.setProperty('position', 'absolute');
        s.setProperty('left', '0');
        s.setProperty('top', '0');
        s.setProperty('visibility', 'hidden');
        s.setProperty('overflow', 'hidden');
      }
    }
    const value = this.field.value;
    if (this.textNode.data !== value) this.textNode.data = value;
  }

  /** A range over [start, end) of the mirrored text, or null when out of bounds. */
  range(start: number, end: number): Range | null {
    const len = this.textNode.length;
    if (start < 0 || end > len || start > end) return null;
    const r = this.field.ownerDocument.createRange();
    r.setStart(this.textNode, start);
    r.setEnd(this.textNode, end);
    return r;
  }

  /** Line boxes of [start, end), in viewport coordinates of wherever the mirror sits now. */
  rects(start: number, end: number): DOMRect[] {
    const r = this.range(start, end);
    if (!r) return [];
    // Zero-width rects appear at wrap points; they would draw as stray slivers.
    return [...r.getClientRects()].filter((rect) => rect.width > 0.5 && rect.height > 0.5);
  }

  destroy(): void {
    this.element.remove();
  }
}
