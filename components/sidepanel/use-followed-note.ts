/** The CRM note the rep is writing, as the notes content script reports it (see messages.ts). */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { isNotesMessage, MSG_CRM_NOTE, type CrmNoteMessage } from './messages';

export function useFollowedNote(): CrmNoteMessage | null {
  const [note, setNote] = useState<CrmNoteMessage | null>(null);
  useEffect(() => {
    const onMessage = (m: unknown) => {
      if (!isNotesMessage(m)) return;
      if (m.type === MSG_CRM_NOTE) {
        // A note the rep is in takes over; a blur only updates the note already followed.
        setNote((prev) => (m.focused || prev?.editorId === m.editorId ? m : prev));
      } else {
        setNote((prev) => (prev?.editorId === m.editorId ? null : prev));
      }
      // Returning nothing: other listeners (the background) answer their own messages.
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);
  return note;
}
