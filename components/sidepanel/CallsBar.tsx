/** The current call's title, the saved calls, and clearing (with a second click to confirm). */
import { useState } from 'react';
import type { CallRecord } from './notes-store';
import { formatWhen } from './markdown-export';
import { SIDEPANEL } from './strings';

export interface CallsBarProps {
  calls: readonly CallRecord[];
  current: CallRecord;
  onTitle: (title: string) => void;
  onOpen: (id: string) => void;
  onNew: () => void;
  onClear: () => void;
  onClearAll: () => void;
}

export function CallsBar({ calls, current, onTitle, onOpen, onNew, onClear, onClearAll }: CallsBarProps) {
  const [confirm, setConfirm] = useState<'one' | 'all' | null>(null);
  return (
    <div className="sp-calls">
      <input
        className="sp-title-input"
        value={current.title}
        placeholder={SIDEPANEL.callTitlePlaceholder}
        aria-label={SIDEPANEL.callTitlePlaceholder}
        onChange={(e) => onTitle(e.target.value)}
        data-testid="sp-title"
      />
      <div className="sp-calls-row">
        {calls.length > 1 ? (
          <select className="sp-select" aria-label={SIDEPANEL.callsTitle} value={current.id} onChange={(e) => onOpen(e.target.value)} data-testid="sp-calls">
            {calls.map((c) => (
              <option key={c.id} value={c.id}>
                {(c.title.trim() || formatWhen(c.createdAt)).slice(0, 60)}
              </option>
            ))}
          </select>
        ) : (
          <span className="sp-call-when">{formatWhen(current.createdAt)}</span>
        )}
        <button type="button" className="cc-btn sp-btn-sm" onClick={onNew} data-testid="sp-new-call">
          {SIDEPANEL.newCall}
        </button>
        <button type="button" className="cc-btn cc-btn-quiet sp-btn-sm" aria-label={SIDEPANEL.clearCall} onClick={() => setConfirm('one')} data-testid="sp-clear-call">
          {SIDEPANEL.clearShort}
        </button>
      </div>
      {confirm ? (
        <div className="sp-confirm" role="alertdialog" aria-label={confirm === 'one' ? SIDEPANEL.clearCall : SIDEPANEL.clearAll}>
          <p>{confirm === 'one' ? SIDEPANEL.clearCallConfirm : SIDEPANEL.clearAllConfirm}</p>
          <div className="sp-actions">
            <button
              type="button"
              className="cc-btn sp-btn-danger sp-btn-sm"
              onClick={() => {
                setConfirm(null);
                if (confirm === 'one') onClear();
                else onClearAll();
              }}
              data-testid="sp-confirm-clear"
            >
              {confirm === 'one' ? SIDEPANEL.clearCall : SIDEPANEL.clearAll}
            </button>
            <button type="button" className="cc-btn sp-btn-sm" onClick={() => setConfirm(null)}>
              {SIDEPANEL.keep}
            </button>
          </div>
        </div>
      ) : null}
      {calls.length > 1 ? (
        <div className="sp-calls-row sp-calls-tools">
          <button type="button" className="cc-btn cc-btn-quiet sp-btn-sm" onClick={() => setConfirm('all')}>
            {SIDEPANEL.clearAll}
          </button>
        </div>
      ) : null}
    </div>
  );
}
