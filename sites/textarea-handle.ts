/**
 * An `EditorHandle` for a textarea. The text is the field's value, exactly (the engine's offsets
 * are value offsets); edits go through `replaceInTextControl`, so Ctrl+Z undoes them.
 */
import type { EditorHandle, TextSnapshot } from './editor';
import { replaceInTextControl } from './input-path';

export interface TextareaSnapshot extends TextSnapshot {
  /** True while the field still holds the text this snapshot read. */
  isCurrent(): boolean;
}

export interface TextareaHandleOptions {
  element: HTMLTextAreaElement;
  textKind: 'email' | 'note';
  anchor?: () => HTMLElement;
}

export function textareaSnapshot(field: HTMLTextAreaElement): TextareaSnapshot {
  const text = field.value;
  // There are no DOM nodes inside a textarea to point at: ranges are over a detached copy of the
  // text, enough to check "does this span still hold the finding's words" before applying.
  let copy: Text | null = null;
  return {
    text,
    toRange(start, end) {
      if (field.value !== text || start < 0 || end > text.length || start > end) return null;
      copy ??= field.ownerDocument.createTextNode(text);
      const r = field.ownerDocument.createRange();
      r.setStart(copy, start);
      r.setEnd(copy, end);
      return r;
    },
    offsetOf: () => null,
    isCurrent: () => field.isConnected && field.value === text,
  };
}

export function textareaHandle(o: TextareaHandleOptions): EditorHandle {
  const field = o.element;
  return {
    kind: 'textarea',
    element: field,
    textKind: o.textKind,
    snapshot: () => textareaSnapshot(field),
    replace: (start, end, text) => replaceInTextControl(field, start, end, text),
    insert(at, text) {
      const pos = at ?? field.selectionEnd ?? field.value.length;
      const clamped = Math.max(0, Math.min(pos, field.value.length));
      return replaceInTextControl(field, clamped, clamped, text);
    },
    anchor: () => o.anchor?.() ?? field.parentElement ?? field,
    isAlive: () => field.isConnected && !field.disabled && !field.readOnly,
    caretOffset: () => (field.isConnected ? field.selectionEnd : null),
  };
}
