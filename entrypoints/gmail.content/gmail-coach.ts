/**
 * The Gmail compose coach: one session per compose body (popup, fullscreen, inline reply,
 * pop-out, several at once), each with its own painter, store and shadow-root UI; settings
 * applied live; a paused badge where Gmail's DOM isn't what the adapter expects.
 */
import type { ContentScriptContext } from '#imports';
import type { Engine } from '../../analyzers/engine';
import type { AnalyzeOptions } from '../../analyzers/types';
import { createCoachSession, type CoachSession } from '../../sites/coach-session';
import { createHighlightPainter } from '../../sites/highlight-painter';
import { warmUpWhenIdle } from '../../sites/idle-warm-up';
import type { Painter } from '../../sites/painter';
import { gmailEditor, subjectOf, unrecognisedComposes } from '../../sites/gmail';
import type { ShownFinding } from '../../components/coach-store';
import { isStepShortcut } from '../../components/shortcuts';
import {
  canDisableRules,
  disableRuleFromPage,
  engineFor,
  isIgnored,
  isSiteEnabled,
  loadSettings,
  reportPageCounts,
  toAnalyzeOptions,
  watchSettings,
  type EffectiveSettings,
  type PageCounts,
} from '../../settings/in-page';
import { watchComposes } from './compose-watcher';
import { mountCoachUi } from '../coach-ui/load';
import { explainWithUi, UI_TAG, type MountedUi } from '../coach-ui/protocol';
import { createPausedView, type PausedView } from './paused-view';

interface Coached {
  session: CoachSession;
  painter: Painter<ShownFinding>;
  ui: Promise<MountedUi | null>;
  /** Set when the coach UI could not be loaded: the session stays paused, settings changes or not. */
  uiUnavailable?: string;
}

const WARM_UP_TEXT = 'Hi Sam, this offer expires Friday and we only have 3 spots left. What would success look like for you?';

export async function startGmailCoach(ctx: ContentScriptContext): Promise<void> {
  // Never throws: on a storage failure it gives the defaults.
  let settings: EffectiveSettings = await loadSettings();
  // Built on first use, inside the session's error handling: a rule set that fails to compile
  // pauses coaching with a message instead of killing the content script.
  let engine: Engine | null = null;
  const getEngine = (): Engine => (engine ??= engineFor(settings));
  let options: AnalyzeOptions = toAnalyzeOptions(settings, 'email');

  const byBody = new WeakMap<HTMLElement, Coached>();
  const live = new Set<HTMLElement>();
  const paused = new Map<HTMLElement, { view: PausedView; ui: Promise<MountedUi | null> }>();
  let lastFocused: HTMLElement | null = null;
  let running = false;
  let runAbort: AbortController | null = null;
  let errorLogged = false;

  const logError = (e: unknown) => {
    // One line, no draft text: enough to report, nothing private.
    if (!errorLogged) console.warn('[Care Coach] coaching paused:', e instanceof Error ? e.message : String(e));
    errorLogged = true;
  };

  function start(body: HTMLElement): void {
    if (!running || byBody.has(body) || !body.isConnected) return;
    const editor = gmailEditor(body);
    const painter = createHighlightPainter<ShownFinding>({ element: body, style: settings.highlightStyle });
    const session = createCoachSession({
      editor,
      painter,
      engine: getEngine,
      analyzeOptions: () => options,
      onDisableRule: (ruleId) => disableRuleFromPage(ruleId),
      hide: (f) => isIgnored(settings, f),
      canDisableRules: () => canDisableRules(settings),
      signal: runAbort!.signal,
      onError: logError,
      explain: explainWithUi,
    });
    const coached: Coached = { session, painter, ui: Promise.resolve(null) };
    // The React UI loads on the first compose of the page (the background injects it).
    coached.ui = mountCoachUi(ctx, session.store, (reason, e) => {
      logError(e);
      coached.uiUnavailable = reason;
      if (!session.destroyed) session.pause(reason);
    }).then((ui) => {
      // Findings shown before the UI arrived lack their words (they come with it): fill them in.
      if (ui && !session.destroyed && session.store.getState().revision > 0) session.analyzeNow();
      return ui;
    });
    byBody.set(body, coached);
    session.store.subscribe((s, prev) => {
      if (s.findings !== prev.findings || s.questions !== prev.questions) scheduleCounts();
    });
    live.add(body);
    body.addEventListener('focusin', () => (lastFocused = body), { signal: runAbort!.signal });
    ctx.requestIdleCallback(() => session.analyzeNow(), { timeout: 300 });
  }

  function stop(body: HTMLElement): void {
    const c = byBody.get(body);
    if (!c) return;
    c.session.destroy();
    void c.ui.then((u) => u?.remove());
    byBody.delete(body);
    live.delete(body);
    scheduleCounts();
    if (lastFocused === body) lastFocused = null;
  }

  // The toolbar badge and popup show this page's counts (a message inside the extension).
  let countsTimer = 0;
  function scheduleCounts(): void {
    if (countsTimer) return;
    countsTimer = ctx.setTimeout(() => {
      countsTimer = 0;
      const counts: PageCounts = { findings: 0, byCategory: {}, editors: live.size, questions: 0 };
      for (const body of live) {
        const st = byBody.get(body)!.session.store.getState();
        counts.findings += st.findings.length;
        counts.questions += st.questions.length;
        for (const f of st.findings) counts.byCategory[f.category] = (counts.byCategory[f.category] ?? 0) + 1;
      }
      void reportPageCounts(counts);
    }, 500);
  }

  function sweep(): void {
    for (const body of [...live]) if (!body.isConnected || !body.isContentEditable) stop(body);
    for (const [container, p] of [...paused]) {
      if (!container.isConnected) {
        p.view.destroy();
        void p.ui.then((u) => u?.remove());
        paused.delete(container);
      }
    }
  }

  let shapeTimer = 0;
  function checkShape(): void {
    if (shapeTimer) return;
    shapeTimer = ctx.setTimeout(() => {
      shapeTimer = 0;
      if (!running) return;
      // Gmail moves composes around (popup ↔ fullscreen): re-place badges and panels.
      for (const body of live) byBody.get(body)!.session.measure();
      for (const container of unrecognisedComposes(document)) {
        if (paused.has(container)) continue;
        const view = createPausedView(container, runAbort!.signal);
        paused.set(container, { view, ui: mountCoachUi(ctx, view.store) });
      }
      sweep();
    }, 400);
  }

  function run(): void {
    if (running) return;
    running = true;
    runAbort = new AbortController();
    ctx.signal.addEventListener('abort', () => runAbort?.abort(), { once: true });
    watchComposes(document, { onBody: start, onRemoval: sweep, onAdded: checkShape }, runAbort.signal);
    checkShape();
    // Ready the engine before the rep's first keystroke needs it.
    warmUpWhenIdle(ctx, getEngine, WARM_UP_TEXT, options, logError);
  }

  function halt(): void {
    if (!running) return;
    running = false;
    for (const body of [...live]) stop(body);
    for (const [container, p] of [...paused]) {
      p.view.destroy();
      void p.ui.then((u) => u?.remove());
      paused.delete(container);
    }
    runAbort?.abort();
    runAbort = null;
  }

  /** The session the shortcut is for: the focused compose, else the last one focused, else the only one. */
  function targetSession(): CoachSession | null {
    const active = document.activeElement;
    for (const body of live) {
      if (active && (body === active || body.contains(active) || subjectOf(body) === active)) return byBody.get(body)!.session;
    }
    if (lastFocused && live.has(lastFocused)) return byBody.get(lastFocused)!.session;
    return live.size === 1 ? byBody.get([...live][0])!.session : null;
  }

  // Alt+Shift+C: open the coach panel of the compose being written, then step through findings.
  ctx.addEventListener(
    document,
    'keydown',
    (e: KeyboardEvent) => {
      if (!isStepShortcut(e) || !running) return;
      // Inside our own UI the panel handles it.
      if (e.composedPath().some((n) => n instanceof HTMLElement && n.localName === UI_TAG)) return;
      const session = targetSession();
      if (!session) return;
      e.preventDefault();
      e.stopPropagation();
      session.store.getState().actions.step(1);
    },
    { capture: true },
  );

  watchSettings((next) => {
    settings = next;
    engine = null;
    options = toAnalyzeOptions(next, 'email');
    if (!isSiteEnabled(next, location.hostname)) return halt();
    if (!running) return run();
    for (const body of live) {
      const c = byBody.get(body)!;
      c.painter.setStyle(next.highlightStyle);
      if (!c.uiUnavailable) c.session.refresh();
    }
    // A team pack makes a new engine: ready it too, in idle time.
    warmUpWhenIdle(ctx, getEngine, WARM_UP_TEXT, options, logError);
  });

  if (isSiteEnabled(settings, location.hostname)) run();
}
