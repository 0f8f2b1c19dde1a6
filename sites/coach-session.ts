/**
 * One coaching session per editor: watches it, analyses after a pause in typing, paints, feeds the
 * session's store and carries out what the rep clicks (apply, ignore, turn a rule off, insert a
 * question). Generic over any `EditorHandle` and `Painter`: Gmail, CRM editors, textareas.
 *
 * Typing stays smooth: analysis waits `debounceMs` after the last change (immediately on focus),
 * never runs mid-IME-composition, and the engine's paragraph/sentence caches make a re-analysis
 * after one keystroke cost about one sentence.
 */
import type { AnalyzeOptions, Finding, QuestionId, Report } from '../analyzers/types';
import type { Engine } from '../analyzers/engine';
import type { EditorHandle, TextSnapshot } from './editor';
import type { Painter } from './painter';
import { replaceInTextControl } from './input-path';
import { sameText } from './snapshot';
import { toBox, visibleRect } from './layout';
import { createCoachStore, type CardState, type CoachActions, type CoachState, type CoachStore, type ShownFinding } from '../components/coach-store';
import { CATEGORY_LABEL, PAGE_STRINGS as S } from '../components/strings-page';

export interface CoachSessionOptions {
  editor: EditorHandle;
  painter: Painter<ShownFinding>;
  /** Read on every analysis, so settings changes apply on the next one. */
  engine: () => Engine;
  analyzeOptions: () => AnalyzeOptions;
  /** "Turn off this rule" (persist it); the session hides the rule at once either way. */
  onDisableRule?: (ruleId: string) => void | Promise<void>;
  debounceMs?: number;
  /** Ends the session with the content script (WXT's `ctx.signal`). */
  signal?: AbortSignal;
  /** Findings to leave out beyond this session's own ignores (e.g. wording ignored in settings). */
  hide?: (finding: Finding) => boolean;
  /** False when an administrator locked the rule list: the card then offers no "Turn off". */
  canDisableRules?: () => boolean;
  /** Told when the session pauses on an error (for a console line; never the user's text). */
  onError?: (error: unknown) => void;
  /**
   * Fills in what a finding says (message, why, alternatives). In a page script the built-in
   * rules carry only what finds; their words come with the coach UI bundle. Default: as given.
   */
  explain?: (finding: Finding) => Finding;
}

export interface CoachSession {
  readonly store: CoachStore;
  readonly editor: EditorHandle;
  /** Analyse now (cancels a pending debounced run). */
  analyzeNow(): void;
  /** Analyse after the debounce pause. */
  schedule(): void;
  /** Settings changed: re-analyse with the new engine/options. */
  refresh(): void;
  /** Re-measure where the editor is (after the page moved it). */
  measure(): void;
  /** Stop coaching this editor and show why. */
  pause(reason: string): void;
  destroy(): void;
  readonly destroyed: boolean;
}

const HOVER_OPEN_MS = 220;
const HOVER_CLOSE_MS = 350;

/** Keeps the rewrite's first letter in the case of the text it replaces (sentence starts). */
export function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  const o = original[0];
  const r = replacement[0];
  if (o && o !== o.toLowerCase() && r === r.toLowerCase()) return r.toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Spacing for inserting a sentence into `text` at `at`, so it reads as its own sentence. */
export function spacedInsertion(text: string, at: number, sentence: string): string {
  const before = at > 0 ? text[at - 1] : '';
  const after = at < text.length ? text[at] : '';
  const lead = before === '' || /\s/.test(before) ? '' : ' ';
  const trail = after !== '' && !/\s/.test(after) ? ' ' : '';
  return lead + sentence + trail;
}

/** End of the sentence containing `offset` (after its punctuation), or the paragraph's end. */
export function sentenceEnd(text: string, offset: number): number {
  const re = /[.!?\u2026]+["'\u2019\u201d)\]]*(?=\s|$)|\n/g;
  re.lastIndex = offset;
  const m = re.exec(text);
  if (!m) return text.length;
  return m[0] === '\n' ? m.index : m.index + m[0].length;
}

function squashLower(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
}

export function createCoachSession(o: CoachSessionOptions): CoachSession {
  const { editor, painter } = o;
  const el = editor.element;
  const doc = el.ownerDocument;
  const win = doc.defaultView ?? window;
  const debounceMs = o.debounceMs ?? 150;
  const listeners = new AbortController();
  const on = <K extends string>(target: EventTarget, type: K, fn: (e: Event) => void, opts: AddEventListenerOptions = {}) =>
    target.addEventListener(type, fn, { ...opts, signal: listeners.signal });

  let destroyed = false;
  let composing = false;
  let dirty = true;
  let timer: ReturnType<typeof setTimeout> | 0 = 0;
  let report: Report | null = null;
  let snapshot: TextSnapshot | null = null;
  /** Length of the extra text (subject) plus its separator at the start of the analysed text. */
  let prefixLength = 0;
  let extraTextAtAnalysis = '';
  let allFindings: ShownFinding[] = [];
  /** "Ignore" is for this occurrence: rule + text + which occurrence of that pair. */
  const ignored = new Set<string>();
  const rulesOff = new Set<string>();
  let lastCaret: Range | null = null;
  let hoverOpenTimer: ReturnType<typeof setTimeout> | 0 = 0;
  let hoverCloseTimer: ReturnType<typeof setTimeout> | 0 = 0;
  let pointerInCard = false;
  let layoutFrame = 0;
  let paused = false;
  let focusSeq = 0;
  let announceSeq = 0;

  const actions: CoachActions = {
    togglePanel,
    selectFinding,
    step,
    openCard,
    closeCard,
    hoverCard,
    apply,
    ignore,
    disableRule,
    insertQuestion,
    focusEditor,
  };
  const store = createCoachStore(actions, { textKind: editor.textKind });
  const set = (partial: Partial<CoachState>) => {
    if (!destroyed) store.setState(partial);
  };
  const get = () => store.getState();

  function announce(text: string): void {
    set({ announcement: { text, seq: ++announceSeq } });
  }

  function requestFocus(target: 'panel' | 'finding' | 'card', key?: string): void {
    set({ focus: { target, key, seq: ++focusSeq } });
  }

  // ---------- analysis ----------

  function schedule(): void {
    dirty = true;
    if (destroyed || paused) return;
    if (timer) clearTimeout(timer);
    if (composing) return; // compositionend schedules again
    timer = setTimeout(() => {
      timer = 0;
      analyzeNow();
    }, debounceMs);
  }

  function ignoreKeyFor(f: { ruleId: string; text: string; place: string }, nth: number): string {
    return `${f.ruleId}|${f.place}|${squashLower(f.text)}|${nth}`;
  }

  function visibleFindings(): ShownFinding[] {
    const seen = new Map<string, number>();
    return allFindings.filter((f) => {
      if (rulesOff.has(f.ruleId) || o.hide?.(f)) return false;
      const base = `${f.ruleId}|${f.place}|${squashLower(f.text)}`;
      const nth = seen.get(base) ?? 0;
      seen.set(base, nth + 1);
      return !ignored.has(ignoreKeyFor(f, nth));
    });
  }

  function analyzeNow(): void {
    if (timer) {
      clearTimeout(timer);
      timer = 0;
    }
    if (destroyed || paused || composing) return;
    if (editor.isAlive && !editor.isAlive()) return;
    const t0 = performance.now();
    try {
      const snap = editor.snapshot();
      const extra = editor.extraText?.() ?? '';
      const prefix = extra.trim() ? `${extra.replace(/\n/g, ' ')}\n\n` : '';
      const r = o.engine().analyze(prefix + snap.text, o.analyzeOptions());
      snapshot = snap;
      report = r;
      prefixLength = prefix.length;
      extraTextAtAnalysis = extra;
      allFindings = r.findings
        .filter((f) => f.end <= prefix.length - 2 || f.start >= prefix.length)
        .map((f) => {
          const place = f.start >= prefix.length ? 'body' : 'extra';
          const shift = place === 'body' ? prefix.length : 0;
          const start = f.start - shift;
          const end = f.end - shift;
          return { ...(o.explain ? o.explain(f) : f), start, end, place, key: `${f.ruleId}@${place}:${start}-${end}` } satisfies ShownFinding;
        });
      dirty = false;
      publish(performance.now() - t0);
    } catch (e) {
      o.onError?.(e);
      pause(S.pausedError);
    }
  }

  /** Repaint and update the store from the last report, keeping the open card and selection. */
  function publish(analysisMs?: number): void {
    if (!report || !snapshot) return;
    const shown = visibleFindings();
    painter.paint(
      shown.filter((f) => f.place === 'body'),
      snapshot,
    );
    const state = get();
    const prevActive = state.findings.find((f) => f.key === state.activeKey);
    const prevCard = state.card ? state.findings.find((f) => f.key === state.card!.key) : undefined;
    const active = prevActive ? follow(prevActive, shown) : undefined;
    const card = prevCard ? follow(prevCard, shown) : undefined;
    painter.setActive(active && active.place === 'body' ? active : card && card.place === 'body' ? card : null);
    set({
      status: 'active',
      pausedReason: null,
      findings: shown,
      questions: report.questions,
      covered: report.covered,
      metrics: report.metrics,
      score: report.score,
      activeKey: active?.key ?? null,
      card: card && state.card ? { ...state.card, key: card.key, rect: rectFor(card) } : null,
      revision: state.revision + 1,
      canDisableRules: o.canDisableRules?.() ?? true,
      ...(analysisMs === undefined ? {} : { lastAnalysisMs: Math.round(analysisMs * 100) / 100 }),
    });
    scheduleMeasure();
  }

  /** The same finding after an edit moved it: same rule and text, nearest position. */
  function follow(prev: ShownFinding, shown: ShownFinding[]): ShownFinding | undefined {
    const exact = shown.find((f) => f.key === prev.key);
    if (exact) return exact;
    let best: ShownFinding | undefined;
    for (const f of shown) {
      if (f.ruleId !== prev.ruleId || f.place !== prev.place || squashLower(f.text) !== squashLower(prev.text)) continue;
      if (!best || Math.abs(f.start - prev.start) < Math.abs(best.start - prev.start)) best = f;
    }
    return best;
  }

  function findingByKey(key: string): ShownFinding | undefined {
    return get().findings.find((f) => f.key === key);
  }

  /** Analyse first if the text changed since the last analysis; returns the finding fresh. */
  function fresh(key: string): ShownFinding | undefined {
    const before = findingByKey(key);
    if (!before) return undefined;
    const extraNow = editor.extraText?.() ?? '';
    if (dirty || !snapshot || !isSnapshotCurrent(snapshot) || extraNow !== extraTextAtAnalysis) {
      dirty = true;
      analyzeNow();
      return follow(before, get().findings);
    }
    return before;
  }

  function isSnapshotCurrent(s: TextSnapshot): boolean {
    const c = s as TextSnapshot & { isCurrent?: () => boolean };
    return c.isCurrent ? c.isCurrent() : false;
  }

  // ---------- actions ----------

  function togglePanel(open?: boolean): void {
    const next = open ?? !get().panelOpen;
    if (next === get().panelOpen) {
      if (next) requestFocus('panel');
      return;
    }
    if (next && dirty) analyzeNow();
    set({ panelOpen: next });
    if (next) {
      const s = get();
      announce(S.announcePanel(s.findings.length, s.score?.value ?? null));
      requestFocus('panel');
      scheduleMeasure();
    } else {
      painter.setActive(null);
      set({ activeKey: null });
    }
  }

  function selectFinding(key: string | null, opts: { reveal?: boolean } = {}): void {
    const f = key ? findingByKey(key) : undefined;
    painter.setActive(f && f.place === 'body' ? f : null);
    set({ activeKey: f?.key ?? null });
    if (f && opts.reveal) reveal(f);
  }

  function reveal(f: ShownFinding): void {
    if (f.place !== 'body' || !snapshot) return;
    const range = snapshot.toRange(f.start, f.end);
    const target = range?.startContainer.parentElement;
    // Scrolling moves the view, not the draft.
    if (target && el.contains(target)) target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    scheduleMeasure();
  }

  function step(direction: 1 | -1): void {
    if (dirty) analyzeNow();
    const list = get().findings;
    if (!get().panelOpen) set({ panelOpen: true });
    if (list.length === 0) {
      announce(S.announceNoFindings);
      requestFocus('panel');
      return;
    }
    const i = list.findIndex((f) => f.key === get().activeKey);
    const next = list[(i + direction + list.length) % list.length] ?? list[0];
    selectFinding(next.key, { reveal: true });
    const n = list.indexOf(next) + 1;
    announce(S.announceStep(n, list.length, CATEGORY_LABEL[next.category], next.message));
    requestFocus('finding', next.key);
  }

  function rectFor(f: ShownFinding): CardState['rect'] {
    if (f.place !== 'body') return null;
    const r = painter.rectOf(f);
    return r ? toBox(r) : null;
  }

  function openCard(key: string, opts: { pinned?: boolean; focus?: boolean } = {}): void {
    clearHoverTimers();
    const f = findingByKey(key);
    if (!f) return;
    if (f.place === 'body') painter.setActive(f);
    set({ card: { key, pinned: opts.pinned ?? true, rect: rectFor(f) }, activeKey: key });
    if (opts.focus) requestFocus('card', key);
  }

  function closeCard(opts: { returnFocus?: 'editor' | 'panel' | 'none' } = {}): void {
    clearHoverTimers();
    pointerInCard = false;
    const card = get().card;
    if (!card) return;
    set({ card: null });
    if (!get().panelOpen) {
      painter.setActive(null);
      set({ activeKey: null });
    }
    if (opts.returnFocus === 'editor') focusEditor();
    else if (opts.returnFocus === 'panel' && get().panelOpen) requestFocus('finding', card.key);
  }

  function hoverCard(inside: boolean): void {
    pointerInCard = inside;
    if (inside) clearHoverTimers();
    else if (get().card && !get().card!.pinned) scheduleHoverClose();
  }

  function apply(key: string, alternativeIndex: number): void {
    const f = fresh(key);
    if (!f) return announce(S.announceStale);
    const alt = f.alternatives[alternativeIndex];
    if (!alt) return;
    if (alt.kind === 'question') {
      // A question doesn't replace the words: it goes after the sentence they're in.
      const at = f.place === 'body' && snapshot ? sentenceEnd(snapshot.text, f.end) : null;
      insertSentence(alt.text, at);
      return;
    }
    const replacement = matchCase(f.text, alt.text);
    let ok: boolean;
    if (f.place === 'extra') {
      const field = editor.extraField?.();
      ok = !!field && sameText(field.value.slice(f.start, f.end), f.text) && replaceInTextControl(field, f.start, f.end, replacement);
    } else {
      const range = snapshot?.toRange(f.start, f.end);
      if (!range || !sameText(range.toString(), f.text)) return announce(S.announceStale);
      ok = editor.replace(f.start, f.end, replacement);
    }
    closeCard();
    if (!ok) return announce(S.announceRefused);
    dirty = true;
    analyzeNow();
    announce(S.announceApplied);
  }

  function ignore(key: string): void {
    const f = findingByKey(key);
    if (!f) return;
    // Its occurrence index among all findings of the same rule and text, ignored ones included,
    // so the key matches what visibleFindings() computes.
    const base = `${f.ruleId}|${f.place}|${squashLower(f.text)}`;
    let nth = 0;
    for (const x of allFindings) {
      if (x.key === f.key) break;
      if (`${x.ruleId}|${x.place}|${squashLower(x.text)}` === base) nth++;
    }
    ignored.add(ignoreKeyFor(f, nth));
    closeCard({ returnFocus: get().panelOpen ? 'panel' : 'editor' });
    publish();
    announce(S.announceIgnored);
  }

  function disableRule(key: string): void {
    const f = findingByKey(key);
    if (!f) return;
    rulesOff.add(f.ruleId);
    closeCard({ returnFocus: get().panelOpen ? 'panel' : 'editor' });
    publish();
    announce(S.announceRuleOff);
    void Promise.resolve(o.onDisableRule?.(f.ruleId)).catch((e) => o.onError?.(e));
  }

  function insertQuestion(id: QuestionId, where: 'fit' | 'cursor'): void {
    if (dirty) analyzeNow();
    const q = get().questions.find((x) => x.id === id);
    if (!q) return;
    if (where === 'cursor') {
      // Textareas report their caret; contenteditables are followed through selection changes.
      if (editor.caretOffset) {
        const at = editor.caretOffset();
        return at === null ? announce(S.announceNoCursor) : insertSentence(q.text, at);
      }
      if (!lastCaret || !el.contains(lastCaret.startContainer)) return announce(S.announceNoCursor);
      insertSentence(q.text, null);
      return;
    }
    const at = q.at - prefixLength;
    insertSentence(q.text, at >= 0 ? at : null, true);
  }

  /**
   * Inserts a sentence at a text offset, or at the last caret when `at` is null. `atEndIfNoCaret`
   * falls back to the end of the rep's text (before the signature) rather than the caret.
   */
  function insertSentence(sentence: string, at: number | null, atEndIfNoCaret = false): void {
    const snap = editor.snapshot();
    let offset = at;
    if (offset === null && (atEndIfNoCaret || !lastCaret)) offset = snap.text.replace(/\s+$/, '').length;
    let ok = false;
    if (offset === null && lastCaret && el.contains(lastCaret.startContainer)) {
      const caretAt = snap.offsetOf(lastCaret.startContainer, lastCaret.startOffset);
      const text = caretAt === null ? sentence : spacedInsertion(snap.text, caretAt, sentence);
      const sel = doc.getSelection();
      el.focus({ preventScroll: true });
      sel?.removeAllRanges();
      sel?.addRange(lastCaret);
      ok = editor.insert(null, text);
    } else if (offset !== null) {
      const clamped = Math.max(0, Math.min(offset, snap.text.length));
      ok = editor.insert(clamped, spacedInsertion(snap.text, clamped, sentence));
    }
    closeCard();
    if (!ok) return announce(S.announceRefused);
    dirty = true;
    analyzeNow();
    announce(S.announceInserted);
  }

  function focusEditor(): void {
    el.focus({ preventScroll: true });
    if (lastCaret && el.contains(lastCaret.startContainer)) {
      const sel = doc.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(lastCaret);
    }
  }

  // ---------- pointer: hover and click on highlights ----------

  function clearHoverTimers(): void {
    if (hoverOpenTimer) clearTimeout(hoverOpenTimer);
    if (hoverCloseTimer) clearTimeout(hoverCloseTimer);
    hoverOpenTimer = hoverCloseTimer = 0;
  }

  function scheduleHoverClose(): void {
    if (hoverCloseTimer) return;
    if (hoverOpenTimer) {
      clearTimeout(hoverOpenTimer);
      hoverOpenTimer = 0;
    }
    hoverCloseTimer = setTimeout(() => {
      hoverCloseTimer = 0;
      const card = get().card;
      if (card && !card.pinned && !pointerInCard) closeCard();
    }, HOVER_CLOSE_MS);
  }

  let pointerFrame = 0;
  let lastPointer = { x: 0, y: 0 };
  function onPointerMove(e: Event): void {
    const m = e as MouseEvent;
    lastPointer = { x: m.clientX, y: m.clientY };
    if (pointerFrame) return;
    pointerFrame = win.requestAnimationFrame(() => {
      pointerFrame = 0;
      const hit = painter.hitTest(lastPointer.x, lastPointer.y);
      const card = get().card;
      if (hit) {
        const key = hit.key;
        if (card?.key === key) {
          if (hoverCloseTimer) clearTimeout(hoverCloseTimer);
          hoverCloseTimer = 0;
          return;
        }
        if (card?.pinned) return; // a pinned card stays until closed
        if (hoverOpenTimer) clearTimeout(hoverOpenTimer);
        hoverOpenTimer = setTimeout(() => {
          hoverOpenTimer = 0;
          openCard(key, { pinned: false });
        }, HOVER_OPEN_MS);
      } else {
        if (hoverOpenTimer) {
          clearTimeout(hoverOpenTimer);
          hoverOpenTimer = 0;
        }
        if (card && !card.pinned) scheduleHoverClose();
      }
    });
  }

  function onClick(e: Event): void {
    const m = e as MouseEvent;
    const hit = painter.hitTest(m.clientX, m.clientY);
    if (hit) openCard(hit.key, { pinned: true });
    else if (get().card) closeCard();
  }

  function onKeyDown(e: Event): void {
    const k = e as KeyboardEvent;
    if (k.key === 'Escape' && get().card) closeCard();
  }

  // ---------- layout ----------

  function measure(): void {
    if (destroyed) return;
    const card = get().card;
    const f = card ? findingByKey(card.key) : undefined;
    set({
      layout: {
        anchor: visibleRect(editor.anchor()),
        editor: visibleRect(el),
        viewport: { width: win.innerWidth, height: win.innerHeight },
      },
      card: card && f ? { ...card, rect: rectFor(f) } : card,
    });
  }

  function scheduleMeasure(): void {
    if (layoutFrame || destroyed) return;
    layoutFrame = win.requestAnimationFrame(() => {
      layoutFrame = 0;
      measure();
    });
  }

  // ---------- wiring ----------

  // Mutations catch every change to a contenteditable (typing, paste, Smart Compose, Gmail's own
  // edits); a textarea's value changes only show as input events.
  const mutations = new MutationObserver(() => schedule());
  mutations.observe(el, { childList: true, characterData: true, subtree: true });
  if (editor.kind === 'textarea') on(el, 'input', schedule);
  on(el, 'compositionstart', () => {
    composing = true;
    if (timer) clearTimeout(timer);
    timer = 0;
  });
  on(el, 'compositionend', () => {
    composing = false;
    schedule();
  });
  on(el, 'focus', () => {
    if (dirty) analyzeNow();
    scheduleMeasure();
  });
  on(el, 'mousemove', onPointerMove, { passive: true });
  on(el, 'mouseleave', () => {
    if (hoverOpenTimer) clearTimeout(hoverOpenTimer);
    hoverOpenTimer = 0;
    const card = get().card;
    if (card && !card.pinned) scheduleHoverClose();
  });
  on(el, 'click', onClick);
  // A pinned card closes when the rep clicks somewhere else on the page (not in the coach's UI).
  on(
    doc,
    'pointerdown',
    (e) => {
      if (!get().card) return;
      const path = e.composedPath();
      if (path.includes(el) || path.some((n) => n instanceof Element && n.classList.contains('cc-interactive'))) return;
      closeCard();
    },
    { capture: true, passive: true },
  );
  on(el, 'keydown', onKeyDown);
  on(doc, 'selectionchange', () => {
    const sel = doc.getSelection();
    if (sel && sel.rangeCount && el.contains(sel.getRangeAt(0).startContainer)) lastCaret = sel.getRangeAt(0).cloneRange();
  });
  on(win, 'scroll', scheduleMeasure, { capture: true, passive: true });
  on(win, 'resize', scheduleMeasure, { passive: true });
  const extraField = editor.extraField?.();
  if (extraField) on(extraField, 'input', schedule);
  const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(scheduleMeasure) : null;
  resize?.observe(el);
  const anchorEl = editor.anchor();
  if (anchorEl !== el) resize?.observe(anchorEl);
  o.signal?.addEventListener('abort', () => destroy(), { once: true });

  function pause(reason: string): void {
    paused = true;
    if (timer) clearTimeout(timer);
    timer = 0;
    painter.clear();
    set({ status: 'paused', pausedReason: reason, findings: [], questions: [], card: null, activeKey: null });
  }

  function destroy(): void {
    if (destroyed) return;
    if (timer) clearTimeout(timer);
    clearHoverTimers();
    if (layoutFrame) win.cancelAnimationFrame(layoutFrame);
    if (pointerFrame) win.cancelAnimationFrame(pointerFrame);
    listeners.abort();
    mutations.disconnect();
    resize?.disconnect();
    painter.destroy();
    destroyed = true;
  }

  scheduleMeasure();

  return {
    store,
    editor,
    analyzeNow,
    schedule,
    refresh() {
      if (destroyed) return;
      // A pause on an error may be over with new settings (a pack fixed, a rule set rebuilt).
      paused = false;
      dirty = true;
      analyzeNow();
    },
    measure,
    pause,
    destroy,
    get destroyed() {
      return destroyed;
    },
  };
}
