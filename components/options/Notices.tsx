import { repairSettings } from '../../settings/actions';
import { useOptionsStore } from './options-store';
import { S } from './strings';

/** Settings that could not be read, policy problems: shown until dealt with. */
export function Notices() {
  const state = useOptionsStore((s) => s.state);
  const run = useOptionsStore((s) => s.run);
  if (!state || state.notices.length === 0) return null;
  const repairable = state.notices.some((n) => n.id.startsWith('settings:') || n.id === 'pack:unreadable');
  return (
    <div className="notices" role="alert">
      <h2>{S.notices.heading}</h2>
      <ul>
        {state.notices.map((n) => (
          <li key={n.id} data-notice={n.id}>
            {n.text}
          </li>
        ))}
      </ul>
      {repairable ? (
        <button type="button" className="button" onClick={() => void run(() => repairSettings())}>
          {S.notices.repair}
        </button>
      ) : null}
    </div>
  );
}
