/**
 * The coach panel for one editor: findings, care score and its parts, listening metrics and the
 * suggested questions. Works with the keyboard alone: Tab through, arrows between findings,
 * Enter opens a finding's card, Alt+Shift+C steps to the next finding, Esc returns to the draft.
 */
import { useId, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import type { CoachStore } from './coach-store';
import type { Metrics } from '../analyzers/types';
import { FindingList } from './FindingList';
import { QuestionList } from './QuestionList';
import { ScoreParts, ScoreSummary } from './ScoreBreakdown';
import { CloseIcon, LogoIcon, SeverityIcon } from './Icons';
import { S } from './strings';
import { useFocusRequest } from './use-focus-request';
import { isStepShortcut } from './shortcuts';

export interface CoachPanelProps {
  store: CoachStore;
  id?: string;
  style?: CSSProperties;
  /** Rendered in a page's flow (side panel) rather than floating beside an editor. */
  inline?: boolean;
  /** Hide the close button (a side panel is closed by the browser). */
  closable?: boolean;
}

function MetricsView({ metrics, kind }: { metrics: Metrics; kind: 'email' | 'note' }) {
  return (
    <dl className="cc-metrics">
      <div className="cc-metric">
        <dt>{S.metricWords}</dt>
        <dd>{metrics.words}</dd>
      </div>
      <div className="cc-metric">
        <dt>{S.metricQuestions}</dt>
        <dd>
          {metrics.questions}
          <span className="cc-part-points"> · {metrics.openQuestions} {S.metricOpenQuestions.toLowerCase()}</span>
        </dd>
      </div>
      <div className="cc-metric">
        <dt>{kind === 'note' ? S.metricBuyerShare : S.metricYouShare}</dt>
        <dd>{S.metricYouShareValue(kind === 'note' ? metrics.buyerShare : metrics.youShare)}</dd>
      </div>
      <div className="cc-metric">
        <dt>{S.metricReading}</dt>
        <dd>{metrics.readingGrade}</dd>
      </div>
      {metrics.featureListWithoutQuestion ? (
        <div className="cc-metric-note" role="note">
          <SeverityIcon severity="warning" />
          {S.metricFeatureList}
        </div>
      ) : null}
    </dl>
  );
}

export function CoachPanel({ store, id, style, inline = false, closable = true }: CoachPanelProps) {
  const status = useStore(store, (s) => s.status);
  const pausedReason = useStore(store, (s) => s.pausedReason);
  const findings = useStore(store, (s) => s.findings);
  const score = useStore(store, (s) => s.score);
  const metrics = useStore(store, (s) => s.metrics);
  const textKind = useStore(store, (s) => s.textKind);
  const questions = useStore(store, (s) => s.questions);
  const covered = useStore(store, (s) => s.covered);
  const activeKey = useStore(store, (s) => s.activeKey);
  const actions = useStore(store, (s) => s.actions);
  const panelRef = useRef<HTMLElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const titleId = useId();
  const scoreId = useId();
  const findingsId = useId();
  const metricsId = useId();
  const partsId = useId();
  const questionsId = useId();

  useFocusRequest(store, 'panel', () => panelRef.current?.focus({ preventScroll: true }));
  useFocusRequest(store, 'finding', (req) => {
    const b = req.key ? buttons.current.get(req.key) : undefined;
    (b ?? panelRef.current)?.focus({ preventScroll: false });
  });

  const onKeyDown = (e: KeyboardEvent) => {
    if (isStepShortcut(e)) {
      e.preventDefault();
      actions.step(1);
    } else if (e.key === 'Escape' && closable) {
      e.preventDefault();
      actions.togglePanel(false);
      actions.focusEditor();
    }
  };

  return (
    <section
      ref={panelRef}
      id={id}
      className={`cc-panel cc-interactive${inline ? ' cc-panel-inline' : ''}`}
      style={style}
      role="region"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-testid="cc-panel"
    >
      <header className="cc-panel-head">
        <h2 className="cc-panel-title" id={titleId}>
          <LogoIcon />
          {S.panelTitle}
        </h2>
        {closable ? (
          <button
            type="button"
            className="cc-icon-btn"
            aria-label={S.closePanel}
            onClick={() => {
              actions.togglePanel(false);
              actions.focusEditor();
            }}
          >
            <CloseIcon />
          </button>
        ) : null}
      </header>
      <div className="cc-panel-body">
        {status === 'paused' ? (
          <div className="cc-section">
            <p className="cc-paused-text">{pausedReason ?? S.pausedWhy}</p>
          </div>
        ) : (
          <>
            {score ? (
              <div className="cc-section">
                <ScoreSummary score={score} headingId={scoreId} />
              </div>
            ) : null}
            <div className="cc-section">
              <h3 className="cc-h" id={findingsId}>
                {S.findingsHeading(findings.length)}
              </h3>
              <FindingList
                findings={findings}
                activeKey={activeKey}
                onOpen={(key) => {
                  actions.selectFinding(key, { reveal: true });
                  actions.openCard(key, { pinned: true, focus: true });
                }}
                onSelect={(key) => actions.selectFinding(key)}
                buttonRef={(key, el) => {
                  if (el) buttons.current.set(key, el);
                  else buttons.current.delete(key);
                }}
              />
            </div>
            <div className="cc-section">
              <h3 className="cc-h" id={questionsId}>
                {S.questionsHeading}
              </h3>
              <QuestionList questions={questions} covered={covered} onInsert={(qid, where) => actions.insertQuestion(qid, where)} />
            </div>
            {score ? (
              <div className="cc-section">
                <h3 className="cc-h" id={partsId}>
                  {S.scoreParts}
                </h3>
                <ScoreParts score={score} />
              </div>
            ) : null}
            {metrics ? (
              <div className="cc-section">
                <h3 className="cc-h" id={metricsId}>
                  {S.metricsHeading}
                </h3>
                <MetricsView metrics={metrics} kind={textKind} />
              </div>
            ) : null}
          </>
        )}
      </div>
      <p className="cc-help">{S.keyboardHelp}</p>
    </section>
  );
}
