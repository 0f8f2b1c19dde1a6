/**
 * Injects the coach UI bundle (React: badge, panel, card) into the frame of a page script that
 * asks for it, the first time that page coaches an editor. It goes into the same isolated world
 * as the page script, which mounts through it (entrypoints/coach-ui/protocol.ts). Only ever into
 * the asking frame, and only our own packaged file: nothing is fetched, nothing is web-accessible.
 */
import { browser } from 'wxt/browser';
import { COACH_UI_FILE, MSG_LOAD_COACH_UI, type LoadCoachUiReply } from '../coach-ui/protocol';

export function startCoachUiInjection(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse) => {
    if ((msg as { type?: unknown } | null)?.type !== MSG_LOAD_COACH_UI) return;
    const tabId = sender.tab?.id;
    // Page scripts only: extension pages bundle their own UI.
    if (sender.id !== browser.runtime.id || tabId === undefined || sender.url?.startsWith(browser.runtime.getURL('/'))) return;
    browser.scripting
      .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [COACH_UI_FILE], injectImmediately: true })
      .then(
        () => sendResponse({ ok: true } satisfies LoadCoachUiReply),
        (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) } satisfies LoadCoachUiReply),
      );
    return true;
  });
}
