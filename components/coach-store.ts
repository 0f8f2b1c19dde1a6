/**
 * One zustand store per coached editor: what the UI shows, plus the actions the UI may call.
 * The session (sites/coach-session.ts) writes it; components only read it and call actions.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CareScore, Finding, Metrics, QuestionId, QuestionSuggestion } from '../analyzers/types';
import type { Box } from '../sites/layout';

export type CoachStatus = 'loading' | 'active' | 'paused';

/** A finding as shown: a stable-enough key and where it sits (body or an extra field such as the subject). */
export interface ShownFinding extends Finding {
  key: string;
  place: 'body' | 'extra';
}

export interface CardState {
  key: string;
  /** Pinned cards (opened by click or keyboard) stay until closed; hover cards follow the pointer. */
  pinned: boolean;
  /** Viewport box of the finding's first line, or null when it isn't painted (subject line). */
  rect: Box | null;
}

export interface Layout {
  /** Visible box of the window the coach belongs to (e.g. Gmail's compose dialog). */
  anchor: Box | null;
  /** Visible box of the editable area. */
  editor: Box | null;
  viewport: { width: number; height: number };
}

/** Moves keyboard focus inside the coach UI; `seq` makes repeated requests distinct. */
export interface FocusRequest {
  target: 'panel' | 'finding' | 'card';
  key?: string;
  seq: number;
}

export interface CoachActions {
  togglePanel(open?: boolean): void;
  /** Marks a finding current (highlight + announce); `reveal` scrolls the draft to it. */
  selectFinding(key: string | null, opts?: { reveal?: boolean }): void;
  step(direction: 1 | -1): void;
  openCard(key: string, opts?: { pinned?: boolean; focus?: boolean }): void;
  closeCard(opts?: { returnFocus?: 'editor' | 'panel' | 'none' }): void;
  /** The pointer entered (true) or left (false) the card. */
  hoverCard(inside: boolean): void;
  apply(key: string, alternativeIndex: number): void;
  ignore(key: string): void;
  disableRule(key: string): void;
  insertQuestion(id: QuestionId, where: 'fit' | 'cursor'): void;
  focusEditor(): void;
}

export interface CoachState {
  status: CoachStatus;
  /** Why coaching is paused, in words for the rep. */
  pausedReason: string | null;
  findings: ShownFinding[];
  questions: QuestionSuggestion[];
  covered: QuestionId[];
  metrics: Metrics | null;
  score: CareScore | null;
  panelOpen: boolean;
  activeKey: string | null;
  card: CardState | null;
  layout: Layout;
  /** Latest message for the live region; `seq` re-announces an identical message. */
  announcement: { text: string; seq: number };
  focus: FocusRequest | null;
  /** Analyses done so far. */
  revision: number;
  /** What is being coached: an email, or call notes (which speak of the buyer as "they"). */
  textKind: 'email' | 'note';
  /** Time the last analysis took (snapshot + engine + paint), in ms; for benchmarks. */
  lastAnalysisMs: number;
  /** False when the rule list is locked by an administrator. */
  canDisableRules: boolean;
  actions: CoachActions;
}

export type CoachStore = StoreApi<CoachState>;

export const NO_ACTIONS: CoachActions = {
  togglePanel() {},
  selectFinding() {},
  step() {},
  openCard() {},
  closeCard() {},
  hoverCard() {},
  apply() {},
  ignore() {},
  disableRule() {},
  insertQuestion() {},
  focusEditor() {},
};

export function initialCoachState(actions: CoachActions = NO_ACTIONS): CoachState {
  return {
    status: 'loading',
    pausedReason: null,
    findings: [],
    questions: [],
    covered: [],
    metrics: null,
    score: null,
    panelOpen: false,
    activeKey: null,
    card: null,
    layout: { anchor: null, editor: null, viewport: { width: 0, height: 0 } },
    announcement: { text: '', seq: 0 },
    focus: null,
    revision: 0,
    textKind: 'email',
    canDisableRules: true,
    lastAnalysisMs: 0,
    actions,
  };
}

export function createCoachStore(actions: CoachActions = NO_ACTIONS, init: Partial<CoachState> = {}): CoachStore {
  return createStore<CoachState>()(() => ({ ...initialCoachState(actions), ...init }));
}
