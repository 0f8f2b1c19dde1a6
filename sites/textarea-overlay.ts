/**
 * A `Painter` for textareas. The Highlight API cannot paint inside a textarea, so the words are
 * found in a hidden mirror of the field (textarea-mirror.ts) and drawn as boxes in the shared
 * overlay layer (overlay-layer.ts, the same boxes the highlight fallback draws), cut to the
 * field's padding box. The field itself is never touched: no style, attribute or child.
 *
 * The boxes follow the field: its scroll, the page's scroll (any scrolling ancestor, caught in
 * the capture phase), resizing (ResizeObserver), typing, and layout shifts that fire no event
 * (a slow poll of the field's box, only while something is drawn).
 */
import type { TextSnapshot } from './editor';
import { visibleRect, type Box } from './layout';
import { createOverlayLayer, type OverlayLayer } from './overlay-layer';
import type { HighlightStyle, Paintable, Painter } from './painter';
import { TextareaMirror } from './textarea-mirror';

export interface TextareaPainterOptions {
  style?: HighlightStyle;
  /** How often to look for silent layout shifts while boxes are drawn. */
  pollMs?: number;
}

export interface TextareaPainter<T extends Paintable = Paintable> extends Painter<T> {
  /** The boxes last drawn, in viewport coordinates (diagnostics and tests). */
  boxes(): ReadonlyArray<{ item: T; rect: DOMRect }>;
  /** Redraw now (after the page moved the field in a way no event announced). */
  refresh(): void;
}

/** The mirror lives in its own hidden shadow root, so page CSS can't restyle it. */
function mirrorHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement('care-coach-textarea-mirror');
  host.setAttribute('aria-hidden', 'true');
  // Laid out (so ranges have geometry) but invisible, out of the page's flow and hit-testing.
  host.style.cssText =
    'all:initial;position:fixed;left:0;top:0;width:0;height:0;overflow:hidden;visibility:hidden;pointer-events:none;contain:layout style size;';
  const root = host.attachShadow({ mode: 'open' });
  (doc.documentElement ?? doc.body).append(host);
  return { host, root };
}

function paddingBox(field: HTMLTextAreaElement): Box {
  const r = field.getBoundingClientRect();
  const left = r.left + field.clientLeft;
  const top = r.top + field.clientTop;
  return { left, top, right: left + field.clientWidth, bottom: top + field.clientHeight };
}

export function createTextareaPainter<T extends Paintable>(field: HTMLTextAreaElement, options: TextareaPainterOptions = {}): TextareaPainter<T> {
  const doc = field.ownerDocument;
  const win = doc.defaultView ?? window;
  let style: HighlightStyle = options.style ?? 'underline';
  const layer: OverlayLayer = createOverlayLayer(doc, style);
  const mirrorParts = mirrorHost(doc);
  const mirror = new TextareaMirror(field, mirrorParts.root);

  let items: readonly T[] = [];
  let active: T | null = null;
  /** Per item, its line boxes relative to the mirror's top-left (text coordinates). */
  let layout: Array<{ item: T; rects: DOMRect[] }> = [];
  let drawn: Array<{ item: T; rect: DOMRect }> = [];
  let frame = 0;
  let needsLayout = false;
  let lastBoxKey = '';
  let poll: ReturnType<typeof setInterval> | undefined;
  let destroyed = false;

  /** Lays the items out in the mirror; skips any whose words changed since the analysis. */
  function layOut(): void {
    mirror.sync();
    const text = mirror.text;
    const origin = mirror.element.getBoundingClientRect();
    layout = [];
    for (const item of items) {
      if (item.end <= item.start || text.slice(item.start, item.end) !== item.text) continue;
      const rects = mirror.rects(item.start, item.end).map((r) => new DOMRect(r.left - origin.left, r.top - origin.top, r.width, r.height));
      if (rects.length) layout.push({ item, rects });
    }
  }

  /** Places the laid-out boxes over the field as it is now (scroll and position). */
  function draw(): void {
    drawn = [];
    if (!field.isConnected || layout.length === 0) {
      layer.draw([]);
      return;
    }
    const pad = paddingBox(field);
    lastBoxKey = `${pad.left},${pad.top},${pad.right},${pad.bottom}`;
    const seen = visibleRect(field);
    const clip = seen && {
      left: Math.max(seen.left, pad.left),
      top: Math.max(seen.top, pad.top),
      right: Math.min(seen.right, pad.right),
      bottom: Math.min(seen.bottom, pad.bottom),
    };
    if (!clip || clip.right <= clip.left || clip.bottom <= clip.top) {
      layer.draw([]);
      return;
    }
    const dx = pad.left - field.scrollLeft;
    const dy = pad.top - field.scrollTop;
    for (const { item, rects } of layout) {
      for (const r of rects) {
        const rect = new DOMRect(r.left + dx, r.top + dy, r.width, r.height);
        // Lines scrolled out of the field aren't drawn at all; partly visible ones are clipped.
        if (rect.right > clip.left && rect.left < clip.right && rect.bottom > clip.top && rect.top < clip.bottom) drawn.push({ item, rect });
      }
    }
    layer.draw(
      drawn.map(({ item, rect }) => ({ left: rect.left, top: rect.top, width: rect.width, height: rect.height, severity: item.severity, active: item === active })),
      clip,
    );
  }

  function schedule(relayout: boolean): void {
    if (destroyed) return;
    needsLayout ||= relayout;
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      flush();
    });
  }

  function flush(): void {
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
    if (destroyed) return;
    if (needsLayout) layOut();
    needsLayout = false;
    draw();
  }

  const onMove = () => schedule(false);
  const onChange = () => schedule(true);
  field.addEventListener('scroll', onMove, { passive: true });
  field.addEventListener('input', onChange, { passive: true });
  doc.addEventListener('scroll', onMove, { capture: true, passive: true });
  win.addEventListener('resize', onChange, { passive: true });
  const resizeObserver = typeof win.ResizeObserver === 'function' ? new win.ResizeObserver(onChange) : null;
  resizeObserver?.observe(field);

  function watch(on: boolean): void {
    if (on && !poll) {
      poll = setInterval(() => {
        if (!field.isConnected) return;
        const p = paddingBox(field);
        if (`${p.left},${p.top},${p.right},${p.bottom}` !== lastBoxKey) schedule(true);
      }, options.pollMs ?? 400);
    } else if (!on && poll) {
      clearInterval(poll);
      poll = undefined;
    }
  }

  const same = (a: T, b: T) => a === b || (a.start === b.start && a.end === b.end && a.text === b.text);

  return {
    paint(next: readonly T[], _snapshot: TextSnapshot): number {
      if (destroyed) return 0;
      items = next;
      if (active) active = items.find((i) => same(i, active!)) ?? null;
      needsLayout = true;
      flush();
      watch(layout.length > 0);
      return layout.length;
    },
    setActive(item) {
      active = item ? (items.find((i) => same(i, item)) ?? null) : null;
      schedule(false);
    },
    hitTest(x, y) {
      for (const { item, rect } of drawn) {
        // A little slack below: the underline sits under the glyphs.
        if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 2) return item;
      }
      return null;
    },
    rectOf(item) {
      return drawn.find((d) => same(d.item, item))?.rect ?? null;
    },
    setStyle(s) {
      if (s === style) return;
      style = s;
      layer.setStyle(s);
      schedule(false);
    },
    clear() {
      items = [];
      layout = [];
      active = null;
      draw();
      watch(false);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      if (frame) win.cancelAnimationFrame(frame);
      watch(false);
      field.removeEventListener('scroll', onMove);
      field.removeEventListener('input', onChange);
      doc.removeEventListener('scroll', onMove, { capture: true });
      win.removeEventListener('resize', onChange);
      resizeObserver?.disconnect();
      layer.destroy();
      mirror.destroy();
      mirrorParts.host.remove();
    },
    boxes: () => drawn,
    refresh: () => schedule(true),
  };
}
