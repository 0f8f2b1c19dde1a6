/** Whose world the notes are about: the buyer's, or our pitch. */
import type { Balance } from './balance';
import { SIDEPANEL } from './strings';

export function BalanceBar({ balance }: { balance: Balance }) {
  return (
    <section className="sp-section" aria-labelledby="sp-balance-h" data-testid="sp-balance">
      <h2 id="sp-balance-h" className="sp-h">
        {SIDEPANEL.balanceTitle}
      </h2>
      {balance.known ? (
        <>
          <div
            className="sp-balance"
            role="img"
            aria-label={`${SIDEPANEL.balanceBuyer} ${balance.buyer}%, ${SIDEPANEL.balancePitch} ${balance.pitch}%`}
          >
            <span className="sp-balance-buyer" style={{ flexGrow: balance.buyer }} />
            <span className="sp-balance-pitch" style={{ flexGrow: balance.pitch }} />
          </div>
          <div className="sp-balance-legend">
            <span>
              <i className="sp-dot sp-dot-buyer" /> {SIDEPANEL.balanceBuyer} <b data-testid="sp-buyer">{balance.buyer}%</b>
            </span>
            <span>
              <i className="sp-dot sp-dot-pitch" /> {SIDEPANEL.balancePitch} <b>{balance.pitch}%</b>
            </span>
          </div>
          <p className={`sp-note${balance.pitchHeavy ? ' sp-note-warn' : ''}`}>{balance.pitchHeavy ? SIDEPANEL.balancePitchHeavy : SIDEPANEL.balanceGood}</p>
        </>
      ) : (
        <p className="sp-muted">{SIDEPANEL.balanceUnknown}</p>
      )}
    </section>
  );
}
