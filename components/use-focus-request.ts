import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { CoachStore, FocusRequest } from './coach-store';

/** Runs `handler` once per focus request aimed at `target` (after the render that shows it). */
export function useFocusRequest(store: CoachStore, target: FocusRequest['target'], handler: (req: FocusRequest) => void): void {
  const focus = useStore(store, (s) => s.focus);
  useEffect(() => {
    if (focus && focus.target === target) handler(focus);
    // Keyed on seq: the same request must not refocus on unrelated re-renders.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus?.seq]);
}
