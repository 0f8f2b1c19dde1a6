/**
 * Checking a pack runs every rule's examples and timing tests: up to tens of seconds for the
 * largest pack. It runs here, in the background, so the options page never freezes.
 */
import { browser } from 'wxt/browser';
import { importPack } from '../pack-actions';
import { exportSetup } from '../pack/export';
import { loadSettingsState } from '../state';
import { MSG_EXPORT_PACK, MSG_IMPORT_PACK, type ExportRequest, type ImportRequest } from '../pack-client';

export function startPackService(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse) => {
    // Only our own pages may ask: content scripts send from the web page's URL.
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return;
    const m = msg as { type?: string } | null;
    if (m?.type === MSG_IMPORT_PACK) {
      const { text, fileName } = m as ImportRequest;
      importPack(String(text), typeof fileName === 'string' ? fileName : undefined).then(sendResponse, (e) =>
        sendResponse({ ok: false, pack: null, errors: [`The pack could not be checked: ${e instanceof Error ? e.message : String(e)}`], warnings: [], summary: null }),
      );
      return true;
    }
    if (m?.type === MSG_EXPORT_PACK) {
      const { options } = m as ExportRequest;
      loadSettingsState()
        .then((state) => exportSetup(state.effective, options))
        .then(
          (out) => sendResponse({ ok: true, ...out }),
          (e) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
        );
      return true;
    }
    return;
  });
}
