/**
 * A layer of boxes drawn over the page, in a shadow root attached to `<html>` (never inside an
 * editor). Used where highlights can't reach: textareas (through a mirror) and browsers without
 * the CSS Custom Highlight API. Boxes ignore the pointer; hit-testing is done from geometry.
 */
import type { Severity } from '../analyzers/types';
import { ACTIVE_FILL, SEVERITY_COLOR, SEVERITY_LINE, type HighlightStyle } from './painter';

export interface OverlayBox {
  left: number;
  top: number;
  width: number;
  height: number;
  severity: Severity;
  active?: boolean;
}

export interface Clip {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface OverlayLayer {
  /** Draws boxes in viewport coordinates, cut to `clip` when given. */
  draw(boxes: readonly OverlayBox[], clip?: Clip | null): void;
  setStyle(style: HighlightStyle): void;
  readonly host: HTMLElement;
  destroy(): void;
}

export function createOverlayLayer(doc: Document = document, style: HighlightStyle = 'underline'): OverlayLayer {
  const host = doc.createElement('care-coach-overlay');
  // Inline styles on our own host only; the page's CSS can't reach inside the shadow root.
  host.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:2147482000;display:block;contain:strict;';
  const shadow = host.attachShadow({ mode: 'open' });
  const layer = doc.createElement('div');
  layer.style.cssText = 'position:absolute;inset:0;overflow:hidden;';
  shadow.append(layer);
  (doc.documentElement ?? doc.body).append(host);
  let current = style;

  return {
    host,
    setStyle(s) {
      current = s;
    },
    draw(boxes, clip) {
      layer.replaceChildren();
      if (clip) {
        layer.style.clipPath = `inset(${Math.max(0, clip.top)}px ${Math.max(0, innerWidth - clip.right)}px ${Math.max(0, innerHeight - clip.bottom)}px ${Math.max(0, clip.left)}px)`;
      } else layer.style.clipPath = '';
      for (const b of boxes) {
        if (b.width <= 0 || b.height <= 0) continue;
        const box = doc.createElement('div');
        const c = SEVERITY_COLOR[b.severity];
        const underline = current !== 'background';
        const fill = b.active ? ACTIVE_FILL : current !== 'underline' ? c.fill : 'transparent';
        box.style.cssText = [
          'position:absolute',
          `left:${b.left}px`,
          `top:${b.top}px`,
          `width:${b.width}px`,
          `height:${b.height}px`,
          `background:${fill}`,
          underline ? `border-bottom:2px ${SEVERITY_LINE[b.severity] === 'wavy' ? 'solid' : SEVERITY_LINE[b.severity]} ${c.line}` : '',
          'box-sizing:border-box',
          'border-radius:1px',
        ]
          .filter(Boolean)
          .join(';');
        layer.append(box);
      }
    },
    destroy() {
      host.remove();
    },
  };
}
