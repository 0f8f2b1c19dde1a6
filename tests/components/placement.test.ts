import { expect, it } from 'vitest';
import { CARD_WIDTH, PANEL_WIDTH, placeCard, placePanel } from '../../components/placement';

const vp = { width: 1280, height: 900 };

it('puts the panel left of a compose docked bottom-right, never over the draft', () => {
  const p = placePanel({ left: 764, top: 290, right: 1264, bottom: 900 }, vp);
  expect(p.side).toBe('left');
  expect(p.left + PANEL_WIDTH).toBeLessThanOrEqual(764);
  expect(p.top).toBeGreaterThanOrEqual(12);
  expect(p.top + (p.maxHeight ?? 0)).toBeLessThanOrEqual(900);
});

it('falls back to the right, then inside the window', () => {
  expect(placePanel({ left: 100, top: 100, right: 700, bottom: 800 }, vp).side).toBe('right');
  const inside = placePanel({ left: 100, top: 60, right: 1200, bottom: 860 }, vp);
  expect(inside.side).toBe('inside');
  expect(inside.left + PANEL_WIDTH).toBeLessThanOrEqual(1280);
});

it('puts the card below the words when there is room, else above, inside the viewport', () => {
  const below = placeCard({ left: 200, top: 100, right: 300, bottom: 120 }, vp);
  expect(below.above).toBe(false);
  expect(below.top).toBeGreaterThan(120);
  const above = placeCard({ left: 1250, top: 800, right: 1270, bottom: 820 }, vp);
  expect(above.above).toBe(true);
  expect(above.left + CARD_WIDTH).toBeLessThanOrEqual(1280);
});
