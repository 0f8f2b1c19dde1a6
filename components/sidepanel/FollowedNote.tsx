/** The CRM note being followed, shown read-only with its findings marked. */
import type { Finding } from '../../analyzers/index';
import { SIDEPANEL } from './strings';

function marked(text: string, findings: readonly Finding[]) {
  const parts: Array<string | { f: Finding; text: string }> = [];
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at || f.end > text.length) continue;
    parts.push(text.slice(at, f.start), { f, text: text.slice(f.start, f.end) });
    at = f.end;
  }
  parts.push(text.slice(at));
  return parts.map((p, i) =>
    typeof p === 'string' ? (
      p
    ) : (
      <mark key={i} className={`sp-mark sp-mark-${p.f.severity}`} title={p.f.message}>
        {p.text}
      </mark>
    ),
  );
}

export function FollowedNote({ site, text, findings, onBack }: { site: string; text: string; findings: readonly Finding[]; onBack: () => void }) {
  return (
    <section className="sp-section sp-following" aria-labelledby="sp-following-h" data-testid="sp-following">
      <div className="sp-follow-banner">
        <span className="sp-live-dot" aria-hidden="true" />
        <h2 id="sp-following-h" className="sp-h">
          {SIDEPANEL.followingTitle(site)}
        </h2>
        <button type="button" className="cc-btn sp-btn-sm" onClick={onBack}>
          {SIDEPANEL.backToPad}
        </button>
      </div>
      <div className="sp-followed-text" data-testid="sp-followed-text">
        {text.trim() ? marked(text, findings) : <span className="sp-muted">{SIDEPANEL.followedEmpty}</span>}
      </div>
      <p className="sp-muted sp-small">{SIDEPANEL.followingHint}</p>
    </section>
  );
}
