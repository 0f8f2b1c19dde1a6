/** The five questions, ticked as the notes show each one asked (or by hand). */
import type { QuestionId } from '../../analyzers/index';
import type { ChecklistItem } from './checklist';
import { progress } from './checklist';
import { SIDEPANEL } from './strings';

export function Checklist({ items, onToggleManual }: { items: readonly ChecklistItem[]; onToggleManual?: (id: QuestionId) => void }) {
  const { done, total } = progress(items);
  return (
    <section className="sp-section" aria-labelledby="sp-checklist-h" data-testid="sp-checklist">
      <div className="sp-section-head">
        <h2 id="sp-checklist-h" className="sp-h">
          {SIDEPANEL.checklistTitle}
        </h2>
        <span className="sp-progress" data-testid="sp-progress">
          {SIDEPANEL.checklistProgress(done, total)}
        </span>
      </div>
      <div className="sp-meter" aria-hidden="true">
        <span style={{ width: `${(done / total) * 100}%` }} />
      </div>
      <ul className="sp-checklist">
        {items.map((item) => (
          <li key={item.id} className={`sp-check${item.done ? ' sp-done' : ''}`} data-question={item.id} data-done={item.done} data-source={item.source ?? ''}>
            <button
              type="button"
              className="sp-check-box"
              role="checkbox"
              aria-checked={item.done}
              aria-label={item.source === 'notes' ? `${item.label}: ${SIDEPANEL.tickedByNotes}` : item.done ? SIDEPANEL.untickByHand(item.label) : SIDEPANEL.tickByHand(item.label)}
              title={item.source === 'notes' ? SIDEPANEL.tickedByNotes : item.source === 'manual' ? SIDEPANEL.tickedByHand : SIDEPANEL.tickByHand(item.label)}
              // Ticked by the notes: the notes decide; untick by editing them.
              disabled={item.source === 'notes' || !onToggleManual}
              onClick={() => onToggleManual?.(item.id)}
            >
              <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                {item.done ? <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" /> : null}
              </svg>
            </button>
            <div className="sp-check-text">
              <span className="sp-check-label">{item.label}</span>
              <span className="sp-check-q">{item.question}</span>
            </div>
            {item.source === 'manual' ? <span className="sp-tag">{SIDEPANEL.tickedByHand}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
