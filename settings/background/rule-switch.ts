/**
 * "Turn off this rule" from a card in a page. In-page scripts don't carry the schema library
 * (settings/in-page.ts), so they ask here and the background makes the same checked write as the
 * options page.
 */
import { browser } from 'wxt/browser';
import { setRuleEnabled } from '../actions';
import { MSG_DISABLE_RULE, type DisableRuleMessage, type DisableRuleReply } from '../in-page';

export function startRuleSwitch(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse) => {
    const m = msg as Partial<DisableRuleMessage> | null;
    if (m?.type !== MSG_DISABLE_RULE) return;
    // Only our own scripts can send runtime messages (no externally_connectable); check anyway.
    if (sender.id !== browser.runtime.id || typeof m.ruleId !== 'string') return;
    setRuleEnabled(m.ruleId, false).then(
      () => sendResponse({ ok: true } satisfies DisableRuleReply),
      (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) } satisfies DisableRuleReply),
    );
    return true;
  });
}
