/**
 * Styles of the in-page coach, injected into its shadow root as text (no stylesheet fetch, no
 * web-accessible resource). Calm surfaces, one accent, severity shown by colour + icon + label.
 */

/** The root, shared bits and the badge: all the page script's own fallback badge needs. */
export const COACH_BADGE_CSS = /* css */ `
:host { all: initial; }
.cc-root {
  --cc-surface: #ffffff;
  --cc-surface-2: #f6f8f7;
  --cc-border: #dfe3e1;
  --cc-text: #1f2421;
  --cc-muted: #5b635f;
  --cc-accent: #0f766e;
  --cc-accent-strong: #0b5d56;
  --cc-accent-soft: #e3f2ef;
  --cc-focus: #1a73e8;
  --cc-strong: #c5221f;
  --cc-strong-soft: #fce8e6;
  --cc-warning: #b45309;
  --cc-warning-soft: #fef3e2;
  --cc-hint: #1a5fb4;
  --cc-hint-soft: #e8f0fe;
  --cc-shadow: 0 1px 2px rgba(32, 40, 36, .10), 0 8px 24px rgba(32, 40, 36, .14);
  position: fixed; inset: 0; pointer-events: none; z-index: 2147482500;
  font: 13px/1.45 "Google Sans Text", "Google Sans", Roboto, system-ui, -apple-system, "Segoe UI", Arial, sans-serif;
  color: var(--cc-text);
  -webkit-font-smoothing: antialiased;
}
.cc-root *, .cc-root *::before, .cc-root *::after { box-sizing: border-box; }
.cc-interactive { pointer-events: auto; }
.cc-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
button { font: inherit; color: inherit; }
:focus-visible { outline: 2px solid var(--cc-focus); outline-offset: 2px; }

/* ---------- badge ---------- */
.cc-badge {
  position: fixed; transform: translate(-100%, -100%);
  display: inline-flex; align-items: center; gap: 6px; height: 28px; padding: 0 10px 0 6px;
  background: var(--cc-surface); border: 1px solid var(--cc-border); border-radius: 999px;
  box-shadow: 0 1px 3px rgba(32, 40, 36, .16); cursor: pointer; white-space: nowrap;
  font-size: 12px; font-weight: 500; color: var(--cc-text);
}
.cc-badge:hover { border-color: #b9c2be; box-shadow: 0 2px 6px rgba(32, 40, 36, .2); }
.cc-badge[aria-expanded="true"] { border-color: var(--cc-accent); }
.cc-badge svg { width: 14px; height: 14px; flex: none; }
.cc-badge .cc-badge-logo { width: 18px; height: 18px; }
.cc-badge-count { display: inline-flex; align-items: center; gap: 4px; }
.cc-badge-sep { width: 1px; height: 14px; background: var(--cc-border); }
.cc-badge-score { display: inline-flex; align-items: center; gap: 4px; color: var(--cc-accent-strong); font-variant-numeric: tabular-nums; }
.cc-badge-paused { color: var(--cc-muted); cursor: help; padding-left: 8px; }
.cc-badge-paused .cc-badge-logo { opacity: .6; }
`;

export const COACH_CSS =
  COACH_BADGE_CSS +
  /* css */ `
/* ---------- severity ---------- */
.cc-sev { display: inline-flex; align-items: center; gap: 4px; font-size: 11.5px; font-weight: 600; letter-spacing: .01em; border-radius: 999px; padding: 1px 8px 1px 5px; }
.cc-sev svg { width: 13px; height: 13px; flex: none; }
.cc-sev-strong { color: var(--cc-strong); background: var(--cc-strong-soft); }
.cc-sev-warning { color: var(--cc-warning); background: var(--cc-warning-soft); }
.cc-sev-hint { color: var(--cc-hint); background: var(--cc-hint-soft); }
.cc-icon-strong { color: var(--cc-strong); }
.cc-icon-warning { color: var(--cc-warning); }
.cc-icon-hint { color: var(--cc-hint); }
.cc-cat { color: var(--cc-muted); font-size: 12px; }

/* ---------- panel ---------- */
.cc-panel {
  position: fixed; width: 340px; display: flex; flex-direction: column;
  background: var(--cc-surface); border: 1px solid var(--cc-border); border-radius: 14px; box-shadow: var(--cc-shadow);
  overflow: hidden;
}
.cc-panel-inline { position: static; width: 100%; box-shadow: none; }
.cc-panel-head { display: flex; align-items: center; gap: 8px; padding: 12px 10px 10px 14px; border-bottom: 1px solid var(--cc-border); }
.cc-panel-title { margin: 0; font-size: 14px; font-weight: 600; flex: 1; display: flex; align-items: center; gap: 8px; }
.cc-panel-title svg { width: 20px; height: 20px; }
.cc-panel-body { overflow-y: auto; padding: 4px 0 8px; overscroll-behavior: contain; }
.cc-section { padding: 10px 14px; }
.cc-section + .cc-section { border-top: 1px solid #eef1ef; }
.cc-h { margin: 0 0 8px; font-size: 11.5px; font-weight: 600; letter-spacing: .06em; text-transform: uppercase; color: var(--cc-muted); }
.cc-icon-btn { border: 0; background: transparent; width: 28px; height: 28px; border-radius: 50%; display: inline-grid; place-items: center; cursor: pointer; color: var(--cc-muted); }
.cc-icon-btn:hover { background: #eef1ef; color: var(--cc-text); }
.cc-icon-btn svg { width: 16px; height: 16px; }
.cc-help { margin: 0; padding: 8px 14px 10px; font-size: 11.5px; color: var(--cc-muted); border-top: 1px solid #eef1ef; }
.cc-paused-text { margin: 0; color: var(--cc-muted); }

/* score */
.cc-score { display: flex; align-items: center; gap: 14px; }
.cc-score-ring { position: relative; width: 60px; height: 60px; flex: none; }
.cc-score-ring svg { width: 60px; height: 60px; transform: rotate(-90deg); }
.cc-score-value { position: absolute; inset: 0; display: grid; place-items: center; font-size: 19px; font-weight: 600; font-variant-numeric: tabular-nums; }
.cc-score-caption { font-size: 12.5px; color: var(--cc-muted); }
.cc-score-caption strong { display: block; color: var(--cc-text); font-size: 13.5px; font-weight: 600; }
.cc-parts { list-style: none; margin: 10px 0 0; padding: 0; display: grid; gap: 7px; }
.cc-part-row { display: flex; justify-content: space-between; gap: 8px; font-size: 12.5px; }
.cc-part-points { color: var(--cc-muted); font-variant-numeric: tabular-nums; }
.cc-bar { height: 5px; border-radius: 3px; background: #e7ebe9; overflow: hidden; margin-top: 3px; }
.cc-bar > span { display: block; height: 100%; background: var(--cc-accent); border-radius: 3px; }
.cc-part-explain { font-size: 11.5px; color: var(--cc-muted); margin-top: 2px; }

/* findings list */
.cc-findings { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.cc-finding {
  width: 100%; text-align: left; display: grid; gap: 3px; padding: 8px 10px; cursor: pointer;
  background: var(--cc-surface); border: 1px solid var(--cc-border); border-left-width: 4px; border-radius: 8px;
}
.cc-finding:hover { background: var(--cc-surface-2); }
.cc-finding[aria-current="true"] { background: var(--cc-accent-soft); border-color: var(--cc-accent); }
.cc-finding-strong { border-left-color: var(--cc-strong); }
.cc-finding-warning { border-left-color: var(--cc-warning); }
.cc-finding-hint { border-left-color: var(--cc-hint); border-left-style: dotted; }
.cc-finding-top { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; }
.cc-finding-quote { font-weight: 600; }
.cc-finding-msg { color: var(--cc-muted); font-size: 12.5px; }
.cc-where { font-size: 11px; color: var(--cc-muted); border: 1px solid var(--cc-border); border-radius: 4px; padding: 0 4px; }
.cc-empty { margin: 0; color: var(--cc-muted); display: flex; gap: 8px; align-items: flex-start; }
.cc-empty svg { width: 18px; height: 18px; color: var(--cc-accent); flex: none; margin-top: 1px; }

/* metrics */
.cc-metrics { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; margin: 0; }
.cc-metric { background: var(--cc-surface-2); border-radius: 8px; padding: 6px 9px; }
.cc-metric dt { font-size: 11.5px; color: var(--cc-muted); }
.cc-metric dd { margin: 0; font-size: 15px; font-weight: 600; font-variant-numeric: tabular-nums; }
.cc-metric-note { grid-column: 1 / -1; font-size: 12px; color: var(--cc-warning); display: flex; gap: 6px; align-items: center; }
.cc-metric-note svg { width: 14px; height: 14px; flex: none; }

/* questions */
.cc-questions { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.cc-question { border: 1px solid var(--cc-border); border-radius: 10px; padding: 9px 10px; background: linear-gradient(0deg, var(--cc-surface), var(--cc-surface)); }
.cc-question-label { font-size: 11.5px; font-weight: 600; color: var(--cc-accent-strong); }
.cc-question-text { margin: 2px 0 4px; }
.cc-question-cue { font-size: 12px; color: var(--cc-muted); margin: 0 0 8px; }
.cc-actions { display: flex; gap: 6px; flex-wrap: wrap; }
.cc-btn {
  border: 1px solid var(--cc-border); background: var(--cc-surface); border-radius: 999px; padding: 4px 12px; cursor: pointer;
  font-size: 12.5px; font-weight: 500; color: var(--cc-text); min-height: 28px;
}
.cc-btn:hover { background: var(--cc-surface-2); }
.cc-btn-primary { background: var(--cc-accent); border-color: var(--cc-accent); color: #fff; }
.cc-btn-primary:hover { background: var(--cc-accent-strong); }
.cc-btn-quiet { border-color: transparent; background: transparent; color: var(--cc-muted); padding: 4px 8px; }
.cc-btn-quiet:hover { background: #eef1ef; color: var(--cc-text); }
.cc-covered { font-size: 12px; color: var(--cc-muted); margin: 8px 0 0; }

/* ---------- card ---------- */
.cc-card {
  position: fixed; width: 360px; background: var(--cc-surface); border: 1px solid var(--cc-border); border-radius: 12px;
  box-shadow: var(--cc-shadow); overflow: auto; padding: 12px 14px 10px;
}
.cc-card-head { display: flex; align-items: center; gap: 8px; margin: -2px -6px 6px 0; }
.cc-card-head .cc-cat { flex: 1; }
.cc-card-msg { margin: 0 0 6px; font-size: 14px; font-weight: 600; line-height: 1.4; }
.cc-card-quote { margin: 0 0 8px; color: var(--cc-muted); font-size: 12.5px; }
.cc-card-quote q { color: var(--cc-text); font-style: italic; }
.cc-card-why { margin: 0 0 10px; color: var(--cc-muted); font-size: 12.5px; }
.cc-alts { list-style: none; margin: 0 0 8px; padding: 0; display: grid; gap: 6px; }
.cc-alt {
  width: 100%; text-align: left; display: flex; align-items: flex-start; gap: 10px; cursor: pointer;
  padding: 8px 10px; border-radius: 8px; border: 1px solid var(--cc-border); background: var(--cc-surface-2);
}
.cc-alt:hover { border-color: var(--cc-accent); background: var(--cc-accent-soft); }
.cc-alt-text { flex: 1; }
.cc-alt-verb { flex: none; font-size: 12px; font-weight: 600; color: var(--cc-accent-strong); padding-top: 1px; }
.cc-card-foot { display: flex; justify-content: space-between; gap: 6px; border-top: 1px solid #eef1ef; padding-top: 8px; margin-top: 4px; }

@media (prefers-reduced-motion: no-preference) {
  .cc-panel, .cc-card { animation: cc-in .14s ease-out; }
  @keyframes cc-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
}
@media (forced-colors: active) {
  .cc-finding, .cc-btn, .cc-alt, .cc-badge { border: 1px solid CanvasText; }
}
`;
