/**
 * "Coaching paused on this page": shown on a compose window the adapter can't read, so a changed
 * Gmail never means silent failure. Only a store and a layout tracker; the UI is the usual one.
 */
import { createCoachStore, NO_ACTIONS, type CoachStore } from '../../components/coach-store';
import { PAGE_STRINGS as S } from '../../components/strings-page';
import { visibleRect } from '../../sites/layout';

export interface PausedView {
  store: CoachStore;
  container: HTMLElement;
  destroy(): void;
}

export function createPausedView(container: HTMLElement, signal: AbortSignal): PausedView {
  const store = createCoachStore(
    { ...NO_ACTIONS, togglePanel: (open) => store.setState({ panelOpen: open ?? !store.getState().panelOpen }) },
    { status: 'paused', pausedReason: S.pausedWhy },
  );
  const ac = new AbortController();
  let frame = 0;
  const measure = () => {
    frame = 0;
    // The editable region if there is one, else the whole window, hosts the badge.
    const editable = container.querySelector<HTMLElement>('[contenteditable="true"], [contenteditable=""]');
    const editor = (editable && visibleRect(editable)) || visibleRect(container);
    store.setState({ layout: { anchor: visibleRect(container), editor, viewport: { width: innerWidth, height: innerHeight } } });
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(measure);
  };
  addEventListener('scroll', schedule, { capture: true, passive: true, signal: ac.signal });
  addEventListener('resize', schedule, { passive: true, signal: ac.signal });
  const ro = new ResizeObserver(schedule);
  ro.observe(container);
  measure();
  const destroy = () => {
    ac.abort();
    ro.disconnect();
    if (frame) cancelAnimationFrame(frame);
  };
  signal.addEventListener('abort', destroy, { once: true });
  return { store, container, destroy };
}
