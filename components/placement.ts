/** Where the floating coach pieces go, from boxes in viewport coordinates. Pure: no DOM. */
import type { Box } from '../sites/layout';

export interface Viewport {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  maxHeight?: number;
}

export const PANEL_WIDTH = 340;
export const CARD_WIDTH = 360;
const GAP = 10;
const MARGIN = 12;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/** The badge's bottom-right corner sits inside the editor's visible box, clear of the scrollbar. */
export function placeBadge(editor: Box): { right: number; bottom: number } {
  return { right: editor.right - 14, bottom: editor.bottom - 10 };
}

/**
 * Beside the compose window, never over the draft when there's room: left of it first (Gmail's
 * popups dock bottom-right), then right of it, else over its right edge.
 */
export function placePanel(anchor: Box, vp: Viewport): Placement & { side: 'left' | 'right' | 'inside' } {
  const maxHeight = Math.min(640, vp.height - 2 * MARGIN);
  const top = clamp(anchor.bottom - maxHeight, MARGIN, vp.height - MARGIN - 200);
  const height = Math.min(maxHeight, vp.height - top - MARGIN);
  if (anchor.left - GAP - PANEL_WIDTH >= MARGIN) return { side: 'left', left: anchor.left - GAP - PANEL_WIDTH, top, maxHeight: height };
  if (anchor.right + GAP + PANEL_WIDTH <= vp.width - MARGIN) return { side: 'right', left: anchor.right + GAP, top, maxHeight: height };
  const insideTop = clamp(anchor.top + 48, MARGIN, vp.height - MARGIN - 200);
  return {
    side: 'inside',
    left: clamp(anchor.right - PANEL_WIDTH - GAP, MARGIN, vp.width - PANEL_WIDTH - MARGIN),
    top: insideTop,
    maxHeight: Math.min(maxHeight, vp.height - insideTop - MARGIN),
  };
}

/** Below the highlighted words when there's room, else above; kept inside the viewport. */
export function placeCard(target: Box, vp: Viewport, estimatedHeight = 400): Placement & { above: boolean } {
  const left = clamp(target.left - 8, MARGIN, vp.width - CARD_WIDTH - MARGIN);
  const below = vp.height - target.bottom - GAP;
  // Below when it fits, else whichever side has more room (the card scrolls inside if needed).
  if (below >= estimatedHeight || below >= target.top - GAP) {
    return { above: false, left, top: target.bottom + GAP, maxHeight: Math.max(160, below - MARGIN) };
  }
  // Above: anchored by its bottom edge, expressed as a top the caller turns into `bottom`.
  return { above: true, left, top: target.top - GAP, maxHeight: Math.max(160, target.top - GAP - MARGIN) };
}
