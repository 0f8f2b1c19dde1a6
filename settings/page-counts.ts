/**
 * "This page's counts" for the popup and the toolbar badge. Content scripts report what they
 * show; the background keeps the latest per tab (in memory and session storage, since an MV3
 * service worker sleeps) and paints the badge. Messages stay inside the extension.
 */
import { browser } from 'wxt/browser';
import type { Category } from '../analyzers/types';

export interface PageCounts {
  /** Findings shown on the page now, all editors together. */
  findings: number;
  byCategory: Partial<Record<Category, number>>;
  /** Editors being coached. */
  editors: number;
  /** Questions suggested now. */
  questions: number;
}

export const MSG_REPORT = 'care-coach/page-counts';
export const MSG_GET = 'care-coach/get-page-counts';

export interface ReportMessage {
  type: typeof MSG_REPORT;
  counts: PageCounts;
}
export interface GetMessage {
  type: typeof MSG_GET;
  tabId: number;
}

/** From a content script: what this tab shows now. Never throws (the background may be asleep or reloading). */
export async function reportPageCounts(counts: PageCounts): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: MSG_REPORT, counts } satisfies ReportMessage);
  } catch {
    // No receiver (extension reloading): the badge is a nicety.
  }
}

/** From the popup: the counts the tab last reported, or null. */
export async function getPageCounts(tabId: number): Promise<PageCounts | null> {
  try {
    const r = (await browser.runtime.sendMessage({ type: MSG_GET, tabId } satisfies GetMessage)) as PageCounts | null | undefined;
    return r ?? null;
  } catch {
    return null;
  }
}

export function isPageCounts(v: unknown): v is PageCounts {
  if (!v || typeof v !== 'object') return false;
  const c = v as Record<string, unknown>;
  return [c.findings, c.editors, c.questions].every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0) && !!c.byCategory && typeof c.byCategory === 'object';
}
