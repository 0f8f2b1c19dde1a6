/**
 * The page script's side of the coach UI: asks the background to inject the UI bundle into this
 * frame the first time an editor is coached, then mounts through it. Loading is shared by every
 * editor on the page; a failed load is tried again by the next editor.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import type { CoachStore } from '../../components/coach-store';
import { PAGE_STRINGS as S } from '../../components/strings-page';
import { mountFallbackBadge } from './fallback-badge';
import { MSG_LOAD_COACH_UI, registeredCoachUi, type CoachUiApi, type LoadCoachUiReply, type MountedUi } from './protocol';

let loading: Promise<CoachUiApi> | null = null;

async function requestInjection(): Promise<CoachUiApi> {
  const reply = (await browser.runtime.sendMessage({ type: MSG_LOAD_COACH_UI })) as LoadCoachUiReply | undefined;
  // The injected bundle has run by the time the background answers.
  const api = registeredCoachUi();
  if (api) return api;
  throw new Error(reply && !reply.ok ? reply.error : 'the coach UI did not register');
}

export function loadCoachUi(): Promise<CoachUiApi> {
  const ready = registeredCoachUi();
  if (ready) return Promise.resolve(ready);
  loading ??= requestInjection().catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

/**
 * Mounts the coach UI on one session's store, loading the UI bundle on first use. When the UI
 * can't be loaded or mounted, shows the page script's own "coaching paused" badge and calls
 * `onUnavailable` with the reason for the rep (the caller pauses the session). Never rejects.
 */
export async function mountCoachUi(
  ctx: ContentScriptContext,
  store: CoachStore,
  onUnavailable?: (reason: string, error: unknown) => void,
): Promise<MountedUi | null> {
  try {
    const api = await loadCoachUi();
    if (ctx.isInvalid) return null;
    return await api.mount(ctx, store);
  } catch (e) {
    if (ctx.isInvalid) return null;
    try {
      onUnavailable?.(S.pausedUiUnavailable, e);
      return mountFallbackBadge(ctx, store);
    } catch {
      return null;
    }
  }
}
