/**
 * What every painter does, whatever it paints on: CSS highlights over a contenteditable, boxes
 * over a textarea mirror, boxes as a fallback where the Highlight API is missing. The session
 * only talks to this interface.
 */
import type { Severity } from '../analyzers/types';
import type { TextSnapshot } from './editor';

/** Anything with a span of the snapshot's text and a severity: findings, mostly. */
export interface Paintable {
  start: number;
  end: number;
  /** The text the span held when analysed; a span whose text changed is not painted. */
  text: string;
  severity: Severity;
}

export type HighlightStyle = 'underline' | 'background' | 'both';

export interface Painter<T extends Paintable = Paintable> {
  /** Replaces what is painted. Returns how many items were painted (stale spans are skipped). */
  paint(items: readonly T[], snapshot: TextSnapshot): number;
  /** Marks one painted item as the current one (keyboard stepping, open card); null clears. */
  setActive(item: T | null): void;
  /** The painted item under a viewport point, if any. */
  hitTest(x: number, y: number): T | null;
  /** Viewport rectangle of a painted item (first line box), for placing a card next to it. */
  rectOf(item: T): DOMRect | null;
  setStyle(style: HighlightStyle): void;
  clear(): void;
  destroy(): void;
}

export const SEVERITY_RANK: Record<Severity, number> = { hint: 0, warning: 1, strong: 2 };

/** Colours shared by highlights and overlay boxes; the panel pairs each with an icon and a label. */
export const SEVERITY_COLOR: Record<Severity, { line: string; fill: string }> = {
  strong: { line: '#c5221f', fill: 'rgba(217, 48, 37, 0.14)' },
  warning: { line: '#b45309', fill: 'rgba(245, 158, 11, 0.18)' },
  hint: { line: '#1a73e8', fill: 'rgba(26, 115, 232, 0.12)' },
};

/** Line style differs per severity too, so colour is never the only signal. */
export const SEVERITY_LINE: Record<Severity, 'wavy' | 'solid' | 'dotted'> = {
  strong: 'wavy',
  warning: 'solid',
  hint: 'dotted',
};

export const ACTIVE_FILL = 'rgba(26, 115, 232, 0.22)';
