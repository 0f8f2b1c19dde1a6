/**
 * Lets the side panel follow the CRM note the rep is writing: while an editor has focus, its text
 * goes to the extension's own pages after each analysis (runtime messaging: it never leaves the
 * browser). Nothing is sent for editors the rep isn't in.
 */
import type { CoachSession } from '../../sites/coach-session';
import { MAX_FOLLOWED_CHARS, MSG_CRM_NOTE, MSG_CRM_NOTE_GONE, sendNotesMessage } from '../../components/sidepanel/messages';

function hasFocus(el: HTMLElement): boolean {
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.activeElement === el;
}

export function createSidePanelBridge(site: string) {
  let seq = 0;
  const page = Math.random().toString(36).slice(2, 10);
  return {
    /** Starts following one editor's session; returns the stop function. */
    follow(session: CoachSession): () => void {
      const el = session.editor.element;
      const editorId = `${page}-${++seq}`;
      let focused = hasFocus(el);
      let everSent = false;
      const send = () => {
        everSent = true;
        const text = session.editor.snapshot().text.slice(0, MAX_FOLLOWED_CHARS);
        void sendNotesMessage({ type: MSG_CRM_NOTE, editorId, site, text, focused });
      };
      const onFocus = () => {
        focused = true;
        send();
      };
      const onBlur = () => {
        focused = false;
        send();
      };
      el.addEventListener('focus', onFocus);
      el.addEventListener('blur', onBlur);
      const unsubscribe = session.store.subscribe((s, prev) => {
        if (focused && s.revision !== prev.revision) send();
      });
      if (focused) send();
      return () => {
        el.removeEventListener('focus', onFocus);
        el.removeEventListener('blur', onBlur);
        unsubscribe();
        if (everSent) void sendNotesMessage({ type: MSG_CRM_NOTE_GONE, editorId });
      };
    },
  };
}
