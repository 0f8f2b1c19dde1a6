import { useEffect } from 'react';
import { useOptionsStore } from './options-store';
import { S } from './strings';

const SHOW_MS = 8000;

/** "Removed X. Undo" and status lines, at the bottom of the page for a few seconds. */
export function UndoBar() {
  const undo = useOptionsStore((s) => s.undo);
  const status = useOptionsStore((s) => s.status);
  const run = useOptionsStore((s) => s.run);
  const clearUndo = useOptionsStore((s) => s.clearUndo);

  useEffect(() => {
    if (!undo) return;
    const t = setTimeout(() => {
      if (useOptionsStore.getState().undo?.id === undo.id) clearUndo();
    }, SHOW_MS);
    return () => clearTimeout(t);
  }, [undo, clearUndo]);

  useEffect(() => {
    if (!status) return;
    const t = setTimeout(() => {
      if (useOptionsStore.getState().status?.id === status.id) useOptionsStore.setState({ status: null });
    }, SHOW_MS);
    return () => clearTimeout(t);
  }, [status]);

  return (
    <div className="toasts" aria-live="polite">
      {status ? (
        <div className={`toast is-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          <span>{status.text}</span>
          <button type="button" className="link-button" onClick={() => useOptionsStore.setState({ status: null })}>
            {S.dismiss}
          </button>
        </div>
      ) : null}
      {undo ? (
        <div className="toast" role="status">
          <span>{undo.text}</span>
          <button
            type="button"
            className="link-button strong"
            onClick={() => {
              clearUndo();
              void run(undo.undo);
            }}
          >
            {S.undo}
          </button>
        </div>
      ) : null}
    </div>
  );
}
