/** Geometry helpers for placing coach UI next to an editor without touching the page. */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function toBox(r: DOMRect | DOMRectReadOnly): Box {
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

function intersect(a: Box, b: Box): Box {
  return { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
}

/**
 * The part of `el` the user can see: its box cut by every scrolling or clipping ancestor and the
 * viewport. Gmail's compose body grows inside a scrolling container, so its own box overstates.
 * Returns null when nothing of it is visible (minimised compose, hidden tab pane).
 */
export function visibleRect(el: Element): Box | null {
  const win = el.ownerDocument.defaultView;
  if (!win || !el.isConnected) return null;
  let box = toBox(el.getBoundingClientRect());
  for (let p = el.parentElement; p && p !== el.ownerDocument.body && p !== el.ownerDocument.documentElement; p = p.parentElement) {
    const cs = win.getComputedStyle(p);
    if (cs.display === 'none') return null;
    if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') box = intersect(box, toBox(p.getBoundingClientRect()));
  }
  box = intersect(box, { left: 0, top: 0, right: win.innerWidth, bottom: win.innerHeight });
  if (box.right - box.left < 1 || box.bottom - box.top < 1) return null;
  return box;
}
