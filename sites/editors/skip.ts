/**
 * Fields the coach leaves alone. Passwords and hidden fields are obvious; read-only fields
 * can't take a suggestion; `spellcheck="false"` is how code editors, search boxes and
 * one-time-code fields say "this is not prose" (Grammarly and Harper honour it too).
 */

/**
 * Editable elements a framework keeps for itself, never typed in: Quill 1's paste catcher sits
 * off-screen; CKEditor 5 keeps a fake selection for screen readers.
 */
const EDITOR_HELPERS = '.ql-clipboard, .ck-fake-selection-container';

function isHidden(el: HTMLElement): boolean {
  if (el.closest('[hidden], [aria-hidden="true"], [inert]')) return true;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  // checkVisibility also sees display:none ancestors (Chromium 105+, Firefox 106+).
  if (typeof el.checkVisibility === 'function' && el.isConnected && !el.checkVisibility()) return true;
  return false;
}

function spellcheckOff(el: HTMLElement): boolean {
  // The attribute, not the property: the property is true by default even where the page says nothing.
  return el.getAttribute('spellcheck')?.toLowerCase() === 'false';
}

/** Why a field is skipped, or null when it can be coached (the reason helps tests and debugging). */
export function skipReason(el: HTMLElement): string | null {
  if (el instanceof HTMLInputElement) {
    // Single-line inputs are never notes; passwords above all must stay untouched.
    return el.type === 'password' ? 'password' : 'input';
  }
  if (el.matches(EDITOR_HELPERS)) return 'editor-helper';
  if (el instanceof HTMLTextAreaElement) {
    if (el.readOnly) return 'read-only';
    if (el.disabled) return 'disabled';
  } else {
    if (!isEditableRoot(el)) return 'not-editable';
    if (el.getAttribute('aria-readonly') === 'true') return 'read-only';
    if (el.getAttribute('aria-disabled') === 'true') return 'disabled';
  }
  if (spellcheckOff(el)) return 'spellcheck-off';
  if (isHidden(el)) return 'hidden';
  return null;
}

export function isCoachable(el: HTMLElement): boolean {
  return skipReason(el) === null;
}

/** A contenteditable element (or a descendant of one) that the user can type in. */
export function isEditable(el: Element): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  // `contenteditable=""` means true (Trix writes it that way); not every DOM implements that.
  const v = el.closest('[contenteditable]')?.getAttribute('contenteditable')?.toLowerCase();
  return v === '' || v === 'true' || v === 'plaintext-only';
}

/** The element is editable and its parent is not: the root an editor framework mounts on. */
export function isEditableRoot(el: Element): boolean {
  if (!isEditable(el)) return false;
  const parent = el.parentElement;
  return !parent || !isEditable(parent);
}

/** The outermost editable ancestor of a node (the editor root), or null. */
export function editableRootOf(node: Node | null): HTMLElement | null {
  let el: Element | null = node instanceof Element ? node : (node?.parentElement ?? null);
  if (!el || !isEditable(el)) return null;
  while (el.parentElement && isEditable(el.parentElement)) el = el.parentElement;
  return el as HTMLElement;
}
