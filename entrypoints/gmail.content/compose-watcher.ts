/**
 * Finds compose bodies as Gmail creates them: one scan at start (composes open at load), then one
 * MutationObserver on <body> looking only at added elements, plus focus as a safety net for
 * bodies that become editable after insertion. Reports removals so sessions can end.
 */
import { BODY_SELECTOR, findBodies } from '../../sites/gmail';

export interface ComposeWatcherHooks {
  onBody(body: HTMLElement): void;
  /** Some nodes left the page: check which sessions lost their body. */
  onRemoval(): void;
  /** Elements were added (after the batch is handled): re-check the page's shape, throttled. */
  onAdded(): void;
}

export function watchComposes(doc: Document, hooks: ComposeWatcherHooks, signal: AbortSignal): void {
  for (const body of findBodies(doc)) hooks.onBody(body);

  const observer = new MutationObserver((records) => {
    let removed = false;
    let added = false;
    for (const r of records) {
      if (r.removedNodes.length) removed = true;
      for (const n of Array.from(r.addedNodes)) {
        if (n.nodeType !== Node.ELEMENT_NODE) continue;
        added = true;
        const el = n as Element;
        // Most of Gmail's churn is small subtrees without a body: one matches + one query each.
        if (el.matches(BODY_SELECTOR) || el.querySelector(BODY_SELECTOR)) for (const body of findBodies(el)) hooks.onBody(body);
      }
    }
    if (removed) hooks.onRemoval();
    if (added) hooks.onAdded();
  });
  observer.observe(doc.body, { childList: true, subtree: true });

  doc.addEventListener(
    'focusin',
    (e) => {
      const t = e.target;
      if (t instanceof HTMLElement && t.matches(BODY_SELECTOR) && !t.parentElement?.closest(BODY_SELECTOR)) hooks.onBody(t);
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
