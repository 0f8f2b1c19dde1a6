/**
 * Paints findings over a contenteditable without touching it: CSS Custom Highlights (one name per
 * session and severity, styles in a document-level constructed sheet), or, where the API is
 * missing, boxes from `Range.getClientRects()` in an overlay layer outside the editor.
 *
 * Highlights hold live Ranges, so they follow the text as the rep types until the next analysis.
 */
import type { Severity } from '../analyzers/types';
import { SEVERITIES } from '../analyzers/types';
import type { TextSnapshot } from './editor';
import { createOverlayLayer, type OverlayLayer } from './overlay-layer';
import { ACTIVE_FILL, SEVERITY_COLOR, SEVERITY_LINE, SEVERITY_RANK, type HighlightStyle, type Paintable, type Painter } from './painter';
import { sameText } from './snapshot';
import { visibleRect } from './layout';

export interface HighlightPainterOptions {
  /** The editor painted over: hit-testing and the overlay's clipping follow it. */
  element: HTMLElement;
  style?: HighlightStyle;
  /** Use overlay boxes even when the Highlight API exists (tests, and a setting if ever needed). */
  forceOverlay?: boolean;
}

let sessionCounter = 0;
let sharedSheet: CSSStyleSheet | null = null;

/** The one document-level sheet holding every session's `::highlight()` rules. */
function documentSheet(doc: Document): CSSStyleSheet | null {
  if (sharedSheet) return sharedSheet;
  try {
    const sheet = new CSSStyleSheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    sharedSheet = sheet;
  } catch {
    sharedSheet = null;
  }
  return sharedSheet;
}

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function highlightRules(name: string, severity: Severity | 'active', style: HighlightStyle): string {
  if (severity === 'active') return `::highlight(${name}) { background-color: ${ACTIVE_FILL}; }`;
  const c = SEVERITY_COLOR[severity];
  const decl: string[] = [];
  if (style !== 'background') {
    const thickness = severity === 'hint' ? '2px' : '1.5px';
    decl.push(`text-decoration: underline ${SEVERITY_LINE[severity]} ${c.line}`, `text-decoration-thickness: ${thickness}`, 'text-underline-offset: 3px', 'text-decoration-skip-ink: none');
  }
  if (style !== 'underline') decl.push(`background-color: ${c.fill}`);
  return `::highlight(${name}) { ${decl.join('; ')}; }`;
}

interface Painted<T> {
  item: T;
  range: Range;
}

export function createHighlightPainter<T extends Paintable>(options: HighlightPainterOptions): Painter<T> {
  const { element } = options;
  const doc = element.ownerDocument;
  const id = `care-coach-${(++sessionCounter).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const useOverlay = options.forceOverlay || !highlightApiAvailable();
  let style: HighlightStyle = options.style ?? 'underline';
  let painted: Painted<T>[] = [];
  let active: Painted<T> | null = null;
  let snapshot: TextSnapshot | null = null;

  // --- Highlight API ---
  const names = Object.fromEntries([...SEVERITIES, 'active'].map((s) => [s, `${id}-${s}`])) as Record<Severity | 'active', string>;
  const sheet = useOverlay ? null : documentSheet(doc);
  let ruleTexts: string[] = [];

  function installRules(): void {
    if (!sheet) return;
    removeRules();
    ruleTexts = [...SEVERITIES, 'active' as const].map((s) => highlightRules(names[s], s, style));
    for (const r of ruleTexts) sheet.insertRule(r, sheet.cssRules.length);
  }

  function removeRules(): void {
    if (!sheet || ruleTexts.length === 0) return;
    for (let i = sheet.cssRules.length - 1; i >= 0; i--) {
      if (ruleTexts.includes(sheet.cssRules[i].cssText) || sheet.cssRules[i].cssText.includes(id)) sheet.deleteRule(i);
    }
    ruleTexts = [];
  }

  function registerHighlights(): void {
    const bySeverity: Record<Severity, Range[]> = { hint: [], warning: [], strong: [] };
    for (const p of painted) bySeverity[p.item.severity].push(p.range);
    for (const s of SEVERITIES) {
      if (bySeverity[s].length === 0) {
        CSS.highlights.delete(names[s]);
        continue;
      }
      const h = new Highlight(...bySeverity[s]);
      h.priority = SEVERITY_RANK[s];
      CSS.highlights.set(names[s], h);
    }
    if (active) {
      const h = new Highlight(active.range);
      h.priority = 10;
      CSS.highlights.set(names.active, h);
    } else CSS.highlights.delete(names.active);
  }

  // --- Overlay fallback ---
  let overlay: OverlayLayer | null = null;
  let frame = 0;
  const scheduleDraw = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      drawOverlay();
    });
  };
  function drawOverlay(): void {
    if (!overlay) return;
    const boxes = [];
    for (const p of painted) {
      for (const r of Array.from(p.range.getClientRects())) {
        boxes.push({ left: r.left, top: r.top, width: r.width, height: r.height, severity: p.item.severity, active: p === active });
      }
    }
    overlay.draw(boxes, visibleRect(element));
  }
  const resizeObserver = useOverlay && typeof ResizeObserver === 'function' ? new ResizeObserver(scheduleDraw) : null;
  if (useOverlay) {
    overlay = createOverlayLayer(doc, style);
    doc.defaultView?.addEventListener('scroll', scheduleDraw, { capture: true, passive: true });
    doc.defaultView?.addEventListener('resize', scheduleDraw, { passive: true });
    element.addEventListener('input', scheduleDraw, { passive: true });
    resizeObserver?.observe(element);
  } else installRules();

  function render(): void {
    if (useOverlay) scheduleDraw();
    else registerHighlights();
  }

  function rangeRects(range: Range): DOMRect[] {
    return Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
  }

  function caretOffset(x: number, y: number): number | null {
    if (!snapshot) return null;
    const d = doc as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    try {
      const pos = d.caretPositionFromPoint?.(x, y);
      if (pos) return snapshot.offsetOf(pos.offsetNode, pos.offset);
      const r = d.caretRangeFromPoint?.(x, y);
      if (r) return snapshot.offsetOf(r.startContainer, r.startOffset);
    } catch {
      return null;
    }
    return null;
  }

  return {
    paint(items, snap) {
      snapshot = snap;
      const activeItem = active?.item ?? null;
      painted = [];
      active = null;
      for (const item of items) {
        if (item.end <= item.start) continue;
        const range = snap.toRange(item.start, item.end);
        // The text moved under us (typing between analysis and paint): skip rather than mislead.
        if (!range || !sameText(range.toString(), item.text)) continue;
        const p = { item, range };
        painted.push(p);
        if (activeItem && activeItem.start === item.start && activeItem.end === item.end && activeItem.text === item.text) active = p;
      }
      render();
      return painted.length;
    },
    setActive(item) {
      active = item ? (painted.find((p) => p.item === item || (p.item.start === item.start && p.item.end === item.end && p.item.text === item.text)) ?? null) : null;
      render();
    },
    hitTest(x, y) {
      if (painted.length === 0) return null;
      const at = caretOffset(x, y);
      // The caret narrows the candidates; the line boxes decide (a caret at a line's end would
      // otherwise pick a span the pointer isn't over).
      const candidates = at === null ? painted : painted.filter((p) => p.item.start <= at && at <= p.item.end);
      for (const p of candidates.length ? candidates : painted) {
        for (const r of rangeRects(p.range)) {
          if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 2 && y <= r.bottom + 2) return p.item;
        }
      }
      return null;
    },
    rectOf(item) {
      const p = painted.find((q) => q.item === item || (q.item.start === item.start && q.item.end === item.end));
      if (!p) return null;
      return rangeRects(p.range)[0] ?? null;
    },
    setStyle(s) {
      if (s === style) return;
      style = s;
      overlay?.setStyle(s);
      if (!useOverlay) installRules();
      render();
    },
    clear() {
      painted = [];
      active = null;
      render();
    },
    destroy() {
      painted = [];
      active = null;
      if (useOverlay) {
        if (frame) cancelAnimationFrame(frame);
        doc.defaultView?.removeEventListener('scroll', scheduleDraw, { capture: true });
        doc.defaultView?.removeEventListener('resize', scheduleDraw);
        element.removeEventListener('input', scheduleDraw);
        resizeObserver?.disconnect();
        overlay?.destroy();
        overlay = null;
      } else {
        for (const n of Object.values(names)) CSS.highlights.delete(n);
        removeRules();
      }
    },
  };
}
