import type { LockInfo } from '../../settings/model';
import { S } from './strings';

/** Shown next to a setting a pack or policy locked. */
export function LockNote({ lock }: { lock: LockInfo | undefined }) {
  if (!lock) return null;
  return (
    <span className="lock-note" data-locked-by={lock.by}>
      <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
        <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2h.5a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h.5Zm1.5 0h4V5a2 2 0 0 0-4 0v2Z" fill="currentColor" />
      </svg>
      {S.lock(lock)}
    </span>
  );
}
