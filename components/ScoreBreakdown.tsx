/** The care score and what it is made of, each part with its points and a plain explanation. */
import type { CareScore } from '../analyzers/types';
import { S } from './strings';

function Ring({ value }: { value: number }) {
  const r = 26;
  const c = 2 * Math.PI * r;
  const colour = value >= 75 ? '#0f766e' : value >= 50 ? '#b45309' : '#c5221f';
  return (
    <div className="cc-score-ring" role="img" aria-label={`${S.scoreHeading}: ${S.scoreOutOf(value)}`}>
      <svg viewBox="0 0 60 60" aria-hidden="true" focusable="false">
        <circle cx="30" cy="30" r={r} fill="none" stroke="#e7ebe9" strokeWidth="6" />
        <circle cx="30" cy="30" r={r} fill="none" stroke={colour} strokeWidth="6" strokeLinecap="round" strokeDasharray={`${(c * value) / 100} ${c}`} />
      </svg>
      <span className="cc-score-value" aria-hidden="true">
        {value}
      </span>
    </div>
  );
}

/** The score as a ring with a one-line reading of it. */
export function ScoreSummary({ score, headingId }: { score: CareScore; headingId?: string }) {
  return (
    <div className="cc-score">
      <Ring value={score.value} />
      <div className="cc-score-caption">
        <strong id={headingId}>{S.scoreHeading}</strong>
        {S.scoreVerdict(score.value)}
      </div>
    </div>
  );
}

/** Each part of the score with its points and a plain explanation. */
export function ScoreParts({ score }: { score: CareScore }) {
  return (
    <ul className="cc-parts" aria-label={S.scoreParts}>
        {score.parts.map((p) => {
          const pct = p.max > 0 ? Math.max(0, Math.min(100, (p.points / p.max) * 100)) : 0;
          return (
            <li key={p.id}>
              <div className="cc-part-row">
                <span>{p.label}</span>
                <span className="cc-part-points">{S.partPoints(p.points, p.max)}</span>
              </div>
              <div className="cc-bar" aria-hidden="true">
                <span style={{ width: `${pct}%` }} />
              </div>
              <div className="cc-part-explain">{p.explanation}</div>
            </li>
          );
        })}
    </ul>
  );
}

export function ScoreBreakdown({ score, headingId }: { score: CareScore; headingId?: string }) {
  return (
    <div>
      <ScoreSummary score={score} headingId={headingId} />
      <ScoreParts score={score} />
    </div>
  );
}
