/**
 * The only way the coach ever changes a draft: through the editor's own input path, as if the rep
 * had selected the words and typed. `execCommand('insertText')` runs the browser's editing
 * pipeline: `beforeinput`/`input` fire (so Gmail and editor frameworks see a normal edit), the
 * change lands on the native undo stack (Ctrl+Z restores it), and no markup of ours is created.
 */

function focusWithoutScroll(el: HTMLElement): void {
  if (el.ownerDocument.activeElement !== el && !el.contains(el.ownerDocument.activeElement)) el.focus({ preventScroll: true });
}

/**
 * `execCommand` is deprecated on paper but remains the only way to edit a contenteditable that
 * keeps native undo; every engine still ships it.
 */
function insertText(doc: Document, text: string): boolean {
  // An empty replacement is a deletion; insertText with '' is a no-op in some engines.
  return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
}

/** Replace `range` (inside `editor`, a contenteditable) with `text`. False when the editor refused. */
export function replaceRange(editor: HTMLElement, range: Range, text: string): boolean {
  const doc = editor.ownerDocument;
  if (!editor.isConnected || !editor.contains(range.commonAncestorContainer)) return false;
  focusWithoutScroll(editor);
  const sel = doc.getSelection();
  if (!sel) return false;
  sel.removeAllRanges();
  sel.addRange(range);
  try {
    return insertText(doc, text);
  } catch {
    return false;
  }
}

/** Insert `text` at a collapsed position inside `editor`. */
export function insertAtPosition(editor: HTMLElement, node: Node, offset: number, text: string): boolean {
  const range = editor.ownerDocument.createRange();
  try {
    range.setStart(node, offset);
    range.collapse(true);
  } catch {
    return false;
  }
  return replaceRange(editor, range, text);
}

/** Replace [start, end) of a textarea or text input's value, keeping native undo. */
export function replaceInTextControl(el: HTMLTextAreaElement | HTMLInputElement, start: number, end: number, text: string): boolean {
  if (!el.isConnected || el.disabled || el.readOnly) return false;
  const len = el.value.length;
  if (start < 0 || end > len || start > end) return false;
  focusWithoutScroll(el);
  el.setSelectionRange(start, end);
  let ok = false;
  try {
    ok = insertText(el.ownerDocument, text);
  } catch {
    ok = false;
  }
  if (ok) return true;
  // Engines without execCommand on form fields: the value changes and frameworks hear an input
  // event, but the browser's undo stack can't record it.
  el.setRangeText(text, start, end, 'end');
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
  return true;
}
