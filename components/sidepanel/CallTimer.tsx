/** The call timer: start, pause, reset. Ticks once a second while running. */
import { useEffect, useState } from 'react';
import { elapsed, formatDuration, pause, reset, start, type TimerState } from './call-timer';
import { SIDEPANEL } from './strings';

export function CallTimer({ timer, onChange, now = Date.now }: { timer: TimerState; onChange: (t: TimerState) => void; now?: () => number }) {
  const running = timer.runningSince !== null;
  const [, tick] = useState(0);
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(id);
  }, [running]);
  const ms = elapsed(timer, now());
  return (
    <div className="sp-timer" role="group" aria-label={SIDEPANEL.timerLabel}>
      <span className={`sp-timer-time${running ? ' sp-running' : ''}`} aria-live="off" data-testid="sp-timer">
        {running ? <span className="sp-rec" aria-hidden="true" /> : null}
        {formatDuration(ms)}
      </span>
      <button type="button" className="cc-btn sp-btn-sm" onClick={() => onChange(running ? pause(timer, now()) : start(timer, now()))}>
        {running ? SIDEPANEL.timerPause : ms > 0 ? SIDEPANEL.timerResume : SIDEPANEL.timerStart}
      </button>
      {ms > 0 ? (
        <button type="button" className="cc-btn cc-btn-quiet sp-btn-sm" onClick={() => onChange(reset())}>
          {SIDEPANEL.timerReset}
        </button>
      ) : null}
    </div>
  );
}
