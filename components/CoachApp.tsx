/**
 * Everything the coach floats over one editor: the badge, the panel and the card, placed from the
 * session's measured layout, plus a live region for screen readers. Lives in a shadow root
 * outside the editor, never inside it.
 */
import { useId } from 'react';
import { useStore } from 'zustand';
import type { CoachStore } from './coach-store';
import { CoachBadge } from './CoachBadge';
import { CoachPanel } from './CoachPanel';
import { FindingCard } from './FindingCard';
import { placeBadge, placeCard, placePanel } from './placement';

export function LiveRegion({ store }: { store: CoachStore }) {
  const announcement = useStore(store, (s) => s.announcement);
  return (
    <div className="cc-sr" role="status" aria-live="polite" aria-atomic="true" data-testid="cc-live">
      {/* Keyed so an identical message is announced again. */}
      <span key={announcement.seq}>{announcement.text}</span>
    </div>
  );
}

export function CoachApp({ store }: { store: CoachStore }) {
  const layout = useStore(store, (s) => s.layout);
  const panelOpen = useStore(store, (s) => s.panelOpen);
  const card = useStore(store, (s) => s.card);
  const status = useStore(store, (s) => s.status);
  const revision = useStore(store, (s) => s.revision);
  const analysisMs = useStore(store, (s) => s.lastAnalysisMs);
  const panelId = useId();
  const editor = layout.editor;
  const anchor = layout.anchor ?? editor;
  const vp = layout.viewport;
  // Hidden while the compose window is minimised or scrolled away (no visible box).
  const visible = !!editor;

  const badgeAt = editor ? placeBadge(editor) : null;
  const panelAt = anchor && panelOpen ? placePanel(anchor, vp) : null;
  const cardTarget = card?.rect ?? (card && editor ? { left: editor.left + 16, right: editor.left + 16, top: editor.top + 16, bottom: editor.top + 16 } : null);
  const cardAt = cardTarget ? placeCard(cardTarget, vp) : null;

  return (
    <div className="cc-root" data-status={status} data-revision={revision} data-analysis-ms={analysisMs}>
      <LiveRegion store={store} />
      {visible && badgeAt ? <CoachBadge store={store} panelId={panelId} style={{ left: badgeAt.right, top: badgeAt.bottom }} /> : null}
      {panelAt && (visible || status === 'paused') ? (
        <CoachPanel store={store} id={panelId} style={{ left: panelAt.left, top: panelAt.top, maxHeight: panelAt.maxHeight }} />
      ) : null}
      {cardAt && visible ? (
        <FindingCard
          store={store}
          style={
            cardAt.above
              ? { left: cardAt.left, bottom: vp.height - cardAt.top, maxHeight: cardAt.maxHeight }
              : { left: cardAt.left, top: cardAt.top, maxHeight: cardAt.maxHeight }
          }
        />
      ) : null}
    </div>
  );
}
