/**
 * The CRM notes coach: one session per note editor (built-in CRM adapters, or every editor a
 * framework finder recognises on a site the rep opted in), each with its painter (highlights, or
 * boxes over a textarea's mirror), its store and the shared shadow-root UI. Editors are found by
 * a scan at start, a MutationObserver for added subtrees, and focus (which reaches editors in
 * shadow roots). Settings apply live; turning the site off stops everything at once.
 */
import type { ContentScriptContext } from '#imports';
import type { Engine } from '../../analyzers/engine';
import type { AnalyzeOptions } from '../../analyzers/types';
import type { ShownFinding } from '../../components/coach-store';
import type { EditorHandle } from '../../sites/editor';
import { createCoachSession, type CoachSession } from '../../sites/coach-session';
import { createHighlightPainter } from '../../sites/highlight-painter';
import { warmUpWhenIdle } from '../../sites/idle-warm-up';
import type { HighlightStyle, Painter } from '../../sites/painter';
import { createTextareaPainter } from '../../sites/textarea-overlay';
import { adapterFor, type NotesAdapter } from '../../sites/crm/index';
import { watchFocusedEditors } from '../../sites/editors/index';
import { siteOrigin } from '../../sites/opt-in';
import { readOptInSites, watchOptInSites } from './opt-in-sites';
import { disableRuleFromPage, engineFor, isSiteEnabled, loadSettings, reportPageCounts, toAnalyzeOptions, watchSettings, type EffectiveSettings } from '../../settings/in-page';
import { mountCoachUi } from '../coach-ui/load';
import { explainWithUi, type MountedUi } from '../coach-ui/protocol';
import { createSidePanelBridge } from './side-panel-bridge';

interface Coached {
  session: CoachSession;
  painter: Painter<ShownFinding>;
  ui: Promise<MountedUi | null>;
  stopBridge: () => void;
  /** Set when the coach UI could not be loaded: the session stays paused, settings changes or not. */
  uiUnavailable?: string;
}

const WARM_UP_TEXT = 'They mentioned Gong and an in-house build. Plan: go in for the kill on Thursday.';

function painterFor(editor: EditorHandle, style: HighlightStyle): Painter<ShownFinding> {
  const el = editor.element;
  if (el instanceof HTMLTextAreaElement) return createTextareaPainter<ShownFinding>(el, { style });
  // `::highlight()` rules live in the document's sheet and don't reach into a shadow tree
  // reliably; boxes in the overlay layer do.
  const inShadow = el.getRootNode() instanceof ShadowRoot;
  return createHighlightPainter<ShownFinding>({ element: el, style, forceOverlay: inShadow });
}

export async function startNotesCoach(ctx: ContentScriptContext): Promise<void> {
  const adapter: NotesAdapter = adapterFor(location);
  const origin = siteOrigin(location.href);
  const optIn = adapter.id === 'opt-in';
  // A registration can outlive the rep's choice for a moment (turned off in another window).
  if (optIn && (!origin || !(await readOptInSites()).includes(origin))) return;

  let settings: EffectiveSettings = await loadSettings();
  let engine: Engine = engineFor(settings);
  let options: AnalyzeOptions = toAnalyzeOptions(settings, 'note');

  const coached = new Map<HTMLElement, Coached>();
  let running = false;
  let runAbort: AbortController | null = null;
  let errorLogged = false;
  const bridge = createSidePanelBridge(adapter.label);

  const logError = (e: unknown) => {
    // One line, never the rep's text.
    if (!errorLogged) console.warn('[Care Coach] notes coaching paused:', e instanceof Error ? e.message : String(e));
    errorLogged = true;
  };

  let countsTimer = 0;
  function reportCounts(): void {
    if (countsTimer) return;
    countsTimer = ctx.setTimeout(() => {
      countsTimer = 0;
      let findings = 0;
      let questions = 0;
      const byCategory: Record<string, number> = {};
      for (const c of coached.values()) {
        const s = c.session.store.getState();
        findings += s.findings.length;
        questions += s.questions.length;
        for (const f of s.findings) byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
      }
      void reportPageCounts({ findings, questions, byCategory, editors: coached.size });
    }, 300);
  }

  function start(editor: EditorHandle | null): void {
    if (!editor || !running || coached.has(editor.element) || !editor.element.isConnected) return;
    const painter = painterFor(editor, settings.highlightStyle);
    const session = createCoachSession({
      editor,
      painter,
      engine: () => engine,
      analyzeOptions: () => options,
      onDisableRule: (ruleId) => disableRuleFromPage(ruleId),
      signal: runAbort!.signal,
      onError: logError,
      explain: explainWithUi,
    });
    let uiUnavailable: string | undefined;
    // The React UI loads on the first editor of the page (the background injects it).
    const ui = mountCoachUi(ctx, session.store, (reason, e) => {
      logError(e);
      uiUnavailable = reason;
      const c = coached.get(editor.element);
      if (c) c.uiUnavailable = reason;
      if (!session.destroyed) session.pause(reason);
    }).then((ui) => {
      // Findings shown before the UI arrived lack their words (they come with it): fill them in.
      if (ui && !session.destroyed && session.store.getState().revision > 0) session.analyzeNow();
      return ui;
    });
    const stopBridge = bridge.follow(session);
    const unsubscribe = session.store.subscribe((s, prev) => {
      if (s.revision !== prev.revision) reportCounts();
    });
    coached.set(editor.element, {
      session,
      painter,
      ui,
      uiUnavailable,
      stopBridge: () => {
        stopBridge();
        unsubscribe();
      },
    });
    ctx.requestIdleCallback(() => session.analyzeNow(), { timeout: 300 });
  }

  function stop(el: HTMLElement): void {
    const c = coached.get(el);
    if (!c) return;
    c.stopBridge();
    c.session.destroy();
    void c.ui.then((u) => u?.remove());
    coached.delete(el);
    reportCounts();
  }

  function sweep(): void {
    for (const [el, c] of [...coached]) {
      if (!el.isConnected || (c.session.editor.isAlive && !c.session.editor.isAlive())) stop(el);
    }
  }

  function run(): void {
    if (running) return;
    running = true;
    runAbort = new AbortController();
    const signal = runAbort.signal;

    for (const h of adapter.findEditors(document)) start(h);
    // CRMs re-render constantly: added subtrees are collected and searched once per frame,
    // skipping any inside another added subtree or already gone again.
    const added = new Set<Element>();
    let removed = false;
    let frame = 0;
    const flush = () => {
      frame = 0;
      const roots = new Set([...added].filter((el) => el.isConnected));
      added.clear();
      for (const el of roots) {
        let covered = false;
        for (let p = el.parentElement; p && !covered; p = p.parentElement) covered = roots.has(p);
        if (!covered) for (const h of adapter.findEditors(el)) start(h);
      }
      if (removed) sweep();
      removed = false;
    };
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.removedNodes.length) removed = true;
        for (const n of Array.from(r.addedNodes)) if (n instanceof Element) added.add(n);
      }
      if ((added.size || removed) && !frame) frame = requestAnimationFrame(flush);
    });
    signal.addEventListener('abort', () => frame && cancelAnimationFrame(frame), { once: true });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    // Editors in shadow roots (Lightning) and ones that became editable after insertion.
    const stopFocus = watchFocusedEditors(document, (found) => start(adapter.editorAt(found.element)));
    signal.addEventListener('abort', stopFocus, { once: true });
    // Ready the engine before the rep's first keystroke needs it.
    warmUpWhenIdle(ctx, () => engine, WARM_UP_TEXT, options, logError);
  }

  function halt(): void {
    if (!running) return;
    running = false;
    for (const el of [...coached.keys()]) stop(el);
    runAbort?.abort();
    runAbort = null;
  }

  /** False once the rep turns an opted-in site off (another window, the popup). */
  let optedIn = true;
  const enabledHere = () => optedIn && isSiteEnabled(settings, location.hostname);
  ctx.signal.addEventListener('abort', () => halt(), { once: true });

  const unwatchSettings = watchSettings((next) => {
    settings = next;
    engine = engineFor(next);
    options = toAnalyzeOptions(next, 'note');
    if (!enabledHere()) return halt();
    if (!running) return run();
    for (const c of coached.values()) {
      c.painter.setStyle(next.highlightStyle);
      if (!c.uiUnavailable) c.session.refresh();
    }
    // A team pack makes a new engine: ready it too, in idle time.
    warmUpWhenIdle(ctx, () => engine, WARM_UP_TEXT, options, logError);
  });
  ctx.signal.addEventListener('abort', unwatchSettings, { once: true });

  if (optIn) {
    // Turned off from the popup: stop at once, no reload needed.
    const unwatchSites = watchOptInSites((sites) => {
      optedIn = !!origin && sites.includes(origin);
      if (!optedIn) halt();
    });
    ctx.signal.addEventListener('abort', unwatchSites, { once: true });
  }

  if (enabledHere()) run();
}
