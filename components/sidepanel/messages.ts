/**
 * What the notes content script tells the side panel: the text of the CRM note being written,
 * so the checklist follows it. Runtime messages stay inside the browser (content script →
 * extension pages); nothing is sent anywhere else.
 */
import { browser } from 'wxt/browser';

export const MSG_CRM_NOTE = 'care-coach/crm-note';
export const MSG_CRM_NOTE_GONE = 'care-coach/crm-note-gone';

export interface CrmNoteMessage {
  type: typeof MSG_CRM_NOTE;
  /** Stable for one editor in one page. */
  editorId: string;
  /** The CRM's name or the site's hostname ("Salesforce", "crm.example.com"). */
  site: string;
  text: string;
  /** True while the rep's focus is in the editor. */
  focused: boolean;
}

export interface CrmNoteGoneMessage {
  type: typeof MSG_CRM_NOTE_GONE;
  editorId: string;
}

export type NotesMessage = CrmNoteMessage | CrmNoteGoneMessage;

/** Longest note forwarded (a CRM field pasted full of a transcript shouldn't stall the panel). */
export const MAX_FOLLOWED_CHARS = 50_000;

export function isNotesMessage(m: unknown): m is NotesMessage {
  if (!m || typeof m !== 'object') return false;
  const o = m as Record<string, unknown>;
  if (o.type === MSG_CRM_NOTE_GONE) return typeof o.editorId === 'string';
  return (
    o.type === MSG_CRM_NOTE &&
    typeof o.editorId === 'string' &&
    typeof o.site === 'string' &&
    typeof o.text === 'string' &&
    typeof o.focused === 'boolean'
  );
}

/** Never throws: with no side panel open there is simply no receiver. */
export async function sendNotesMessage(m: NotesMessage): Promise<void> {
  try {
    await browser.runtime.sendMessage(m);
  } catch {
    // No extension page is listening: nothing to follow.
  }
}
