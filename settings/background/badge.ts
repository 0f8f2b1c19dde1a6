/**
 * Per-tab counts reported by content scripts, and the toolbar badge showing them. Frames report
 * separately (a CRM may put its editor in an iframe) and are summed per tab.
 */
import { browser } from 'wxt/browser';
import { isPageCounts, MSG_GET, MSG_REPORT, type PageCounts } from '../page-counts';

type TabCounts = Record<string, PageCounts>;
const SESSION_KEY = 'pageCounts';

const tabs = new Map<number, TabCounts>();
let restored: Promise<void> | null = null;

/** The service worker sleeps; session storage (memory only, cleared when the browser closes) carries counts across. */
function restore(): Promise<void> {
  restored ??= (async () => {
    try {
      const got = (await browser.storage.session?.get(SESSION_KEY))?.[SESSION_KEY] as Record<string, TabCounts> | undefined;
      for (const [id, frames] of Object.entries(got ?? {})) if (!tabs.has(Number(id))) tabs.set(Number(id), frames);
    } catch {
      // No session storage (older Firefox): counts start empty after a restart.
    }
  })();
  return restored;
}

function persist(): void {
  browser.storage.session?.set({ [SESSION_KEY]: Object.fromEntries(tabs) }).catch(() => {});
}

export function sumCounts(frames: TabCounts): PageCounts {
  const total: PageCounts = { findings: 0, byCategory: {}, editors: 0, questions: 0 };
  for (const c of Object.values(frames)) {
    total.findings += c.findings;
    total.editors += c.editors;
    total.questions += c.questions;
    for (const [cat, n] of Object.entries(c.byCategory) as Array<[keyof PageCounts['byCategory'], number]>) {
      total.byCategory[cat] = (total.byCategory[cat] ?? 0) + n;
    }
  }
  return total;
}

function paint(tabId: number): void {
  const frames = tabs.get(tabId);
  const n = frames ? sumCounts(frames).findings : 0;
  browser.action.setBadgeText({ tabId, text: n > 0 ? (n > 99 ? '99+' : String(n)) : '' }).catch(() => {});
  browser.action.setBadgeBackgroundColor({ tabId, color: '#b45309' }).catch(() => {});
}

function forget(tabId: number): void {
  if (!tabs.delete(tabId)) return;
  persist();
  paint(tabId);
}

export function startBadge(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse) => {
    const m = msg as { type?: string; counts?: unknown; tabId?: unknown } | null;
    if (m?.type === MSG_REPORT) {
      const tabId = sender.tab?.id;
      // Only our own content scripts can reach this listener (no externally_connectable), but check the shape anyway.
      if (tabId === undefined || !isPageCounts(m.counts)) return;
      const counts = m.counts;
      void restore().then(() => {
        const frames = tabs.get(tabId) ?? {};
        frames[String(sender.frameId ?? 0)] = counts;
        tabs.set(tabId, frames);
        persist();
        paint(tabId);
      });
      return;
    }
    if (m?.type === MSG_GET && typeof m.tabId === 'number') {
      const tabId = m.tabId;
      void restore().then(() => {
        const frames = tabs.get(tabId);
        sendResponse(frames ? sumCounts(frames) : null);
      });
      return true;
    }
    return;
  });
  browser.tabs.onRemoved.addListener((tabId) => forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, info) => {
    // A new page load starts from nothing; its content script reports afresh.
    if (info.status === 'loading' && info.url) forget(tabId);
  });
}
