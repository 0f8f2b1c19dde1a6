/**
 * How the page scripts and the coach UI bundle find each other. The React UI (badge, panel,
 * card) is not part of the Gmail and notes scripts: it is its own file, /coach-ui.js, which the
 * background injects into the same isolated world when a page first needs coaching UI. Scripts of
 * one extension in one frame share that world's globals, so the bundle registers itself under
 * UI_KEY and the page script mounts through it. The page itself can't see the isolated world.
 */
import type { ContentScriptContext } from '#imports';
import type { CoachStore } from '../../components/coach-store';
import type { Finding } from '../../analyzers/types';

/** The custom element hosting each coach UI's shadow root. */
export const UI_TAG = 'care-coach-ui';

/** The UI bundle's file in the package (never web-accessible: only the background injects it). */
export const COACH_UI_FILE = '/coach-ui.js';

/** Page script → background: "inject the coach UI into my frame". */
export const MSG_LOAD_COACH_UI = 'care-coach/load-coach-ui';
export type LoadCoachUiReply = { ok: true } | { ok: false; error: string };

export const UI_KEY = Symbol.for('care-coach/coach-ui');

export interface MountedUi {
  host: HTMLElement;
  remove(): void;
}

export interface CoachUiApi {
  mount(ctx: ContentScriptContext, store: CoachStore): Promise<MountedUi>;
  /** Fills in a built-in rule's message, why and alternatives (the page script's rules carry none). */
  explain<F extends Finding>(finding: F): F;
}

/** A finding with its words, once the UI bundle is here (before that, as the engine gave it). */
export function explainWithUi<F extends Finding>(finding: F): F {
  return registeredCoachUi()?.explain(finding) ?? finding;
}

type UiGlobal = typeof globalThis & { [UI_KEY]?: CoachUiApi };

export function registeredCoachUi(): CoachUiApi | undefined {
  return (globalThis as UiGlobal)[UI_KEY];
}

export function registerCoachUi(api: CoachUiApi): void {
  // Injected twice (two loads racing)? The first registration stays: one React per frame.
  (globalThis as UiGlobal)[UI_KEY] ??= api;
}
