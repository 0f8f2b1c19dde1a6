/**
 * The card for one finding: what it is, why it costs trust, kinder alternatives. "Apply" goes
 * through the editor's input path (Ctrl+Z undoes it); "Ignore" hides this one occurrence; "Turn
 * off this rule" is a setting. A hover card doesn't take focus; a card opened from the panel or
 * the keyboard does, and Esc hands focus back.
 */
import { useId, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import type { CoachStore, ShownFinding } from './coach-store';
import { SeverityTag } from './SeverityTag';
import { CloseIcon } from './Icons';
import { CATEGORY_LABEL, S } from './strings';
import { useFocusRequest } from './use-focus-request';

export interface FindingCardViewProps {
  finding: ShownFinding;
  style?: CSSProperties;
  onApply: (alternativeIndex: number) => void;
  onIgnore: () => void;
  /** Omitted when rules can't be turned off (locked by an administrator). */
  onDisableRule?: () => void;
  onClose: () => void;
  onHover?: (inside: boolean) => void;
  cardRef?: React.Ref<HTMLDivElement>;
}

/** The card itself, without store wiring (reusable by other surfaces). */
export function FindingCardView({ finding: f, style, onApply, onIgnore, onDisableRule, onClose, onHover, cardRef }: FindingCardViewProps) {
  const titleId = useId();
  const whyId = useId();
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };
  return (
    <div
      ref={cardRef}
      className="cc-card cc-interactive"
      style={style}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      aria-describedby={whyId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onMouseEnter={() => onHover?.(true)}
      onMouseLeave={() => onHover?.(false)}
      data-testid="cc-card"
      data-rule={f.ruleId}
    >
      <div className="cc-card-head">
        <SeverityTag severity={f.severity} />
        <span className="cc-cat">{CATEGORY_LABEL[f.category]}</span>
        <button type="button" className="cc-icon-btn" aria-label={S.closeCard} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      <p className="cc-card-msg" id={titleId}>
        {f.message}
      </p>
      <p className="cc-card-quote">
        <q>{f.text}</q>
        {f.place === 'extra' ? ` · ${S.findingInSubject}` : null}
      </p>
      <p className="cc-card-why" id={whyId}>
        {f.why}
      </p>
      <h3 className="cc-h">{S.alternativesHeading}</h3>
      {f.alternatives.length === 0 ? <p className="cc-card-why">{S.noAlternatives}</p> : null}
      <ul className="cc-alts">
        {f.alternatives.map((a, i) => (
          <li key={`${a.kind}-${i}`}>
            <button
              type="button"
              className="cc-alt"
              aria-label={a.kind === 'rewrite' ? S.applyLabel(a.text) : S.addQuestionLabel(a.text)}
              onClick={() => onApply(i)}
              data-alt-kind={a.kind}
            >
              <span className="cc-alt-text">{a.text}</span>
              <span className="cc-alt-verb" aria-hidden="true">
                {a.kind === 'rewrite' ? S.apply : S.addQuestion}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="cc-card-foot">
        <button type="button" className="cc-btn cc-btn-quiet" aria-label={S.ignoreLabel} onClick={onIgnore}>
          {S.ignore}
        </button>
        {onDisableRule ? (
          <button type="button" className="cc-btn cc-btn-quiet" aria-label={S.disableRuleLabel} onClick={onDisableRule}>
            {S.disableRule}
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** The open card of a session's store, if any. */
export function FindingCard({ store, style }: { store: CoachStore; style?: CSSProperties }) {
  const card = useStore(store, (s) => s.card);
  const finding = useStore(store, (s) => (s.card ? s.findings.find((f) => f.key === s.card!.key) : undefined));
  const panelOpen = useStore(store, (s) => s.panelOpen);
  const actions = useStore(store, (s) => s.actions);
  const canDisable = useStore(store, (s) => s.canDisableRules);
  const ref = useRef<HTMLDivElement>(null);
  useFocusRequest(store, 'card', () => ref.current?.querySelector<HTMLElement>('.cc-alt, .cc-btn')?.focus({ preventScroll: true }));
  if (!card || !finding) return null;
  const back = panelOpen ? 'panel' : 'editor';
  return (
    <FindingCardView
      cardRef={ref}
      finding={finding}
      style={style}
      onApply={(i) => actions.apply(finding.key, i)}
      onIgnore={() => actions.ignore(finding.key)}
      onDisableRule={canDisable ? () => actions.disableRule(finding.key) : undefined}
      onClose={() => actions.closeCard({ returnFocus: back })}
      onHover={(inside) => actions.hoverCard(inside)}
    />
  );
}
