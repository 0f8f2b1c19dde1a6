/**
 * Gmail's compose windows: where they are, what of them is the rep's own text, where the coach
 * anchors. No judging and no UI here. Selectors prefer attributes Gmail has kept for years
 * (`g_editable`, `role`, `name`) over its minified class names, and each says which UI it serves.
 * Facts checked against InboxSDK/gmail.js and saved pages (see shared/notes/platform.md).
 */
import type { EditorHandle, SiteAdapter } from './editor';
import { contentEditableHandle, type ContentEditableHandle } from './contenteditable-handle';

/** The message body, most stable first. */
export const BODY_SELECTORS = [
  // Every compose variant (popup, fullscreen, inline reply, pop-out): Gmail's editable marker.
  '[g_editable="true"][contenteditable="true"]',
  // Same element by role and class, should `g_editable` ever go.
  'div[role="textbox"][contenteditable="true"].editable',
  // Older class pair (Am = body, Al = editable) seen on the classic compose.
  'div.Am.Al.editable[contenteditable="true"]',
] as const;
export const BODY_SELECTOR = BODY_SELECTORS.join(', ');

/** The compose window around a body, nearest first. */
export const COMPOSE_ROOT_SELECTORS = [
  // Compose form wrapper in every variant.
  '.M9',
  // Fullscreen compose.
  '.aSt',
  // Popup compose dialog (inside the .AD dock) and the fullscreen dialog.
  '[role="dialog"]',
  // Inline reply: the message view holding the reply box.
  '.ip.adB',
] as const;

/** Subject line; present but hidden in inline replies ("Re: …" isn't the rep's writing). */
export const SUBJECT_SELECTOR = 'input[name="subjectbox"]';

/** Not the rep's words: quoted thread, attribution line, signature, trimmed content, chips. */
export const GMAIL_EXCLUDE = [
  '.gmail_quote',
  '.gmail_attr',
  'blockquote',
  '.gmail_signature',
  '.gmail_signature_prefix',
  '[data-smartmail="gmail_signature"]',
  '.gmail_extra',
  '[contenteditable="false"]',
] as const;

/** Things that say "this is a compose window" even when its body can't be recognised. */
const COMPOSE_HINT_SELECTORS = [
  // The subject box of a new message or fullscreen compose.
  SUBJECT_SELECTOR,
  // Compose form wrapper.
  '.M9',
] as const;

export function composeRootOf(body: Element): HTMLElement | null {
  for (const sel of COMPOSE_ROOT_SELECTORS) {
    const root = body.closest<HTMLElement>(sel);
    if (root) return root;
  }
  return null;
}

function isShown(el: HTMLInputElement): boolean {
  return el.getClientRects().length > 0 && el.type !== 'hidden';
}

export function subjectOf(body: Element): HTMLInputElement | null {
  // The subject sits in the same compose form; walk up until a form-sized container has one.
  for (let p: Element | null = body.parentElement; p; p = p.parentElement) {
    const s = p.querySelector<HTMLInputElement>(SUBJECT_SELECTOR);
    if (s) return isShown(s) ? s : null;
    if (p.matches(COMPOSE_ROOT_SELECTORS.join(','))) {
      // The dialog may hold the subject outside .M9's subtree in some layouts: one more level.
      const outer = p.parentElement?.closest<HTMLElement>('[role="dialog"]');
      const s2 = outer?.querySelector<HTMLInputElement>(SUBJECT_SELECTOR);
      return s2 && isShown(s2) ? s2 : null;
    }
  }
  return null;
}

export function gmailEditor(body: HTMLElement): ContentEditableHandle {
  return contentEditableHandle({
    element: body,
    textKind: 'email',
    exclude: GMAIL_EXCLUDE,
    anchor: () => composeRootOf(body) ?? body.parentElement ?? body,
    extraField: () => subjectOf(body),
  });
}

/** Bodies under `root` (and `root` itself). */
export function findBodies(root: ParentNode): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (root instanceof HTMLElement && root.matches(BODY_SELECTOR)) out.push(root);
  root.querySelectorAll<HTMLElement>(BODY_SELECTOR).forEach((b) => {
    // A body nested in another body (pasted markup) is part of the outer one.
    if (!b.parentElement?.closest(BODY_SELECTOR)) out.push(b);
  });
  return out;
}

/**
 * Compose windows the adapter can't read: something compose-like (a subject box, the compose
 * wrapper) with an editable region in it, but no body our selectors know. That's the page
 * changing under us; the coach says so instead of failing silently.
 */
export function unrecognisedComposes(root: ParentNode): HTMLElement[] {
  const out = new Set<HTMLElement>();
  root.querySelectorAll<HTMLElement>(COMPOSE_HINT_SELECTORS.join(',')).forEach((hint) => {
    const container = hint.closest<HTMLElement>('[role="dialog"], .M9, .aSt, .ip.adB, form') ?? hint.parentElement;
    if (!container) return;
    const dialog = container.closest<HTMLElement>('[role="dialog"]') ?? container;
    if (dialog.querySelector(BODY_SELECTOR)) return;
    const editable = dialog.querySelector<HTMLElement>('[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]');
    if (editable && isShownElement(editable)) out.add(dialog);
  });
  return [...out];
}

function isShownElement(el: HTMLElement): boolean {
  return el.getClientRects().length > 0;
}

export const gmailAdapter: SiteAdapter = {
  id: 'gmail',
  matches: (loc) => loc.hostname === 'mail.google.com',
  findEditors: (root): EditorHandle[] => findBodies(root).map(gmailEditor),
  looksBroken: (doc) => unrecognisedComposes(doc).length > 0,
};
