/**
 * The discovery-call side panel: a notes pad coached like any CRM note, the five-question
 * checklist ticking itself from the notes, the question to ask next, a call timer, the balance of
 * the notes between the buyer's world and our pitch, and Markdown export. While the rep writes in
 * a CRM note editor, the panel follows that note instead of the pad.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { Finding, Metrics, QuestionId, QuestionSuggestion } from '../../analyzers/index';
import { createCoachStore, type CoachStore, type ShownFinding } from '../coach-store';
import { FindingCard } from '../FindingCard';
import { FindingList } from '../FindingList';
import { LogoIcon } from '../Icons';
import { placeCard } from '../placement';
import { engineFor, toAnalyzeOptions } from '../../settings/index';
import { replaceInTextControl } from '../../sites/input-path';
import { balance as balanceOf } from './balance';
import { BalanceBar } from './BalanceBar';
import { CallsBar } from './CallsBar';
import { CallTimer } from './CallTimer';
import { elapsed } from './call-timer';
import { checklist, nextQuestion } from './checklist';
import { Checklist } from './Checklist';
import { ExportBar } from './ExportBar';
import { FollowedNote } from './FollowedNote';
import { callToMarkdown, markdownFileName } from './markdown-export';
import { NextQuestion } from './NextQuestion';
import { SIDEPANEL } from './strings';
import { useCalls } from './use-calls';
import { useCoachSettings } from './use-coach-settings';
import { useFollowedNote } from './use-followed-note';
import { usePadSession } from './use-pad-session';

/** Before the pad's first analysis: an empty store, so the panel renders without branches. */
const IDLE_STORE: CoachStore = createCoachStore();

interface Coaching {
  findings: readonly Finding[];
  questions: readonly QuestionSuggestion[];
  covered: readonly QuestionId[];
  metrics: Metrics | null;
}

function PadCard({ store }: { store: CoachStore }) {
  const card = useStore(store, (s) => s.card);
  if (!card) return null;
  const vp = { width: innerWidth, height: innerHeight };
  const target = card.rect ?? { left: 12, right: 12, top: 120, bottom: 120 };
  const at = placeCard(target, vp, 320);
  // The side panel is narrow: the card spans it, under (or over) the words.
  const style = at.above ? { left: 12, right: 12, bottom: vp.height - at.top, maxHeight: at.maxHeight } : { left: 12, right: 12, top: at.top, maxHeight: at.maxHeight };
  return <FindingCard store={store} style={style} />;
}

/** The pad grows with the notes up to most of the panel, then scrolls. */
function grow(el: HTMLTextAreaElement): void {
  el.style.height = 'auto';
  el.style.height = `${Math.min(el.scrollHeight + 2, Math.max(220, innerHeight * 0.6))}px`;
}

export function SidePanelApp({ now = Date.now }: { now?: () => number }) {
  const settings = useCoachSettings();
  const calls = useCalls(now);
  const followed = useFollowedNote();
  const [mode, setMode] = useState<'pad' | 'following'>('pad');
  const [field, setField] = useState<HTMLTextAreaElement | null>(null);
  const padStore = usePadSession(field, settings) ?? IDLE_STORE;
  useEffect(() => {
    if (field) grow(field);
  }, [field]);
  const call = calls.current;

  // A CRM note the rep is in takes the panel over; the pad is one click (or focus) away.
  useEffect(() => {
    if (followed?.focused) setMode('following');
    if (!followed) setMode('pad');
  }, [followed]);

  const padFindings = useStore(padStore, (s) => s.findings);
  const pad: Coaching = {
    findings: padFindings,
    questions: useStore(padStore, (s) => s.questions),
    covered: useStore(padStore, (s) => s.covered),
    metrics: useStore(padStore, (s) => s.metrics),
  };
  const activeKey = useStore(padStore, (s) => s.activeKey);
  const actions = useStore(padStore, (s) => s.actions);

  const followedReport = useMemo(() => {
    if (!followed) return null;
    try {
      return engineFor(settings).analyze(followed.text, toAnalyzeOptions(settings, 'note'));
    } catch {
      return null;
    }
  }, [followed, settings]);

  const following = mode === 'following' && followed !== null && followedReport !== null;
  const shown: Coaching = following ? followedReport : pad;
  const manual = call?.manualTicks ?? [];
  const items = checklist(shown.covered, manual);
  const next = nextQuestion(shown.questions, items, SIDEPANEL.notYetCue);
  const bal = balanceOf(shown.metrics ?? { youWords: 0, selfWords: 0, theyWords: 0, buyerShare: 0.5 });

  const toggleManual = useCallback(
    (id: QuestionId) => {
      if (!call) return;
      calls.update({ manualTicks: call.manualTicks.includes(id) ? call.manualTicks.filter((q) => q !== id) : [...call.manualTicks, id] });
    },
    [call, calls],
  );

  /** A question goes on its own line at the end of the notes, through the input path (Ctrl+Z undoes it). */
  const addToNotes = useCallback(
    (text: string) => {
      if (!field) return;
      const end = field.value.length;
      const lead = end === 0 || field.value.endsWith('\n') ? '' : '\n';
      if (replaceInTextControl(field, end, end, `${lead}${text}\n`)) field.scrollTop = field.scrollHeight;
    },
    [field],
  );

  if (!calls.ready || !call) {
    return (
      <div className="cc-root sp-root" aria-busy="true">
        <p className="sp-muted sp-loading">{calls.error ?? ''}</p>
      </div>
    );
  }

  const markdown = () =>
    callToMarkdown({ call, items: checklist(pad.covered, manual), elapsedMs: elapsed(call.timer, now()), balance: balanceOf(pad.metrics ?? { youWords: 0, selfWords: 0, theyWords: 0, buyerShare: 0.5 }) });

  return (
    <div className="cc-root sp-root" data-mode={following ? 'following' : 'pad'}>
      <header className="sp-header">
        <h1 className="sp-title">
          <LogoIcon />
          {SIDEPANEL.title}
        </h1>
        <CallTimer timer={call.timer} onChange={(timer) => calls.update({ timer })} now={now} />
      </header>
      <p className="sp-privacy">
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
        </svg>
        {SIDEPANEL.privacy}
      </p>
      {calls.error ? (
        <p className="sp-alert" role="alert">
          {calls.error}
        </p>
      ) : null}
      {calls.unreadable > 0 ? <p className="sp-alert sp-alert-quiet">{SIDEPANEL.unreadable(calls.unreadable)}</p> : null}

      <CallsBar
        calls={calls.calls}
        current={call}
        onTitle={(title) => calls.update({ title })}
        onOpen={(id) => void calls.open(id)}
        onNew={() => void calls.newCall()}
        onClear={() => void calls.clearCurrent()}
        onClearAll={() => void calls.clearAll()}
      />

      {following ? <FollowedNote site={followed.site} text={followed.text} findings={followedReport.findings} onBack={() => setMode('pad')} /> : null}

      <section className="sp-pad" hidden={following} aria-label={SIDEPANEL.padLabel}>
        <label className="sp-h sp-pad-label" htmlFor="sp-pad">
          {SIDEPANEL.padLabel}
        </label>
        <textarea
          id="sp-pad"
          key={call.id}
          ref={setField}
          className="sp-pad-field"
          defaultValue={call.notes}
          placeholder={SIDEPANEL.padPlaceholder}
          spellCheck
          onInput={(e) => {
            calls.update({ notes: e.currentTarget.value });
            grow(e.currentTarget);
          }}
          onFocus={() => setMode('pad')}
          data-testid="sp-pad"
        />
        {followed && !following ? (
          <button type="button" className="sp-chip" onClick={() => setMode('following')}>
            <span className="sp-live-dot" aria-hidden="true" />
            {SIDEPANEL.followingTitle(followed.site)}
          </button>
        ) : null}
      </section>

      <NextQuestion next={next} onAdd={following ? undefined : (n) => addToNotes(n.text)} />
      <Checklist items={items} onToggleManual={toggleManual} />
      <BalanceBar balance={bal} />

      <section className="sp-section" aria-labelledby="sp-coaching-h" data-testid="sp-coaching">
        <h2 id="sp-coaching-h" className="sp-h">
          {SIDEPANEL.coachingTitle}
          {shown.findings.length > 0 ? <span className="sp-count">{shown.findings.length}</span> : null}
        </h2>
        {following ? (
          <FindingList findings={followedReport.findings.map((f, i): ShownFinding => ({ ...f, key: `f${i}`, place: 'body' }))} activeKey={null} onOpen={() => {}} onSelect={() => {}} />
        ) : (
          <FindingList
            findings={padFindings}
            activeKey={activeKey}
            onOpen={(key) => {
              actions.selectFinding(key, { reveal: true });
              actions.openCard(key, { pinned: true, focus: true });
            }}
            onSelect={(key) => actions.selectFinding(key)}
          />
        )}
      </section>

      <ExportBar markdown={markdown} fileName={() => markdownFileName(call)} />
      {!following ? <PadCard store={padStore} /> : null}
    </div>
  );
}
