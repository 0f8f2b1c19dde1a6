/** The small badge on the compose window: findings count and care score; opens the panel. */
import type { CSSProperties } from 'react';
import { useStore } from 'zustand';
import type { CoachStore } from './coach-store';
import { LogoIcon, PauseIcon, SeverityIcon } from './Icons';
import { S } from './strings';
import { SEVERITY_RANK } from '../sites/painter';

export function CoachBadge({ store, style, panelId }: { store: CoachStore; style?: CSSProperties; panelId?: string }) {
  const status = useStore(store, (s) => s.status);
  const findings = useStore(store, (s) => s.findings);
  const score = useStore(store, (s) => s.score?.value ?? null);
  const panelOpen = useStore(store, (s) => s.panelOpen);
  const pausedReason = useStore(store, (s) => s.pausedReason);
  const actions = useStore(store, (s) => s.actions);

  if (status === 'paused') {
    return (
      <div className="cc-badge cc-badge-paused cc-interactive" style={style} role="status" title={pausedReason ?? S.pausedWhy} data-testid="cc-badge">
        <PauseIcon />
        <span>{S.paused}</span>
        <span className="cc-sr">{pausedReason ?? S.pausedWhy}</span>
      </div>
    );
  }

  const worst = findings.reduce<(typeof findings)[number]['severity'] | null>(
    (w, f) => (w === null || SEVERITY_RANK[f.severity] > SEVERITY_RANK[w] ? f.severity : w),
    null,
  );
  return (
    <button
      type="button"
      className="cc-badge cc-interactive"
      style={style}
      aria-label={S.badgeLabel(findings.length, score)}
      aria-expanded={panelOpen}
      aria-controls={panelId}
      title={`${S.product} (${S.shortcutHint})`}
      onClick={() => actions.togglePanel()}
      data-testid="cc-badge"
      data-findings={findings.length}
      data-score={score ?? undefined}
    >
      <LogoIcon className="cc-badge-logo" />
      <span className="cc-badge-count" aria-hidden="true">
        {worst ? <SeverityIcon severity={worst} /> : null}
        {findings.length === 0 && score !== null ? S.badgeNoFindings : S.badgeFindings(findings.length)}
      </span>
      {score !== null ? (
        <>
          <span className="cc-badge-sep" aria-hidden="true" />
          <span className="cc-badge-score" aria-hidden="true" title={S.badgeScoreTitle}>
            {S.badgeScoreShort(score)}
          </span>
        </>
      ) : null}
    </button>
  );
}
