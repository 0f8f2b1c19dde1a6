/**
 * An `EditorHandle` for any contenteditable root: text through `createSnapshot`, edits through
 * the input path. Site adapters add what they know (exclusions, anchor, an extra field).
 */
import type { EditorHandle } from './editor';
import { replaceRange, insertAtPosition, replaceInTextControl } from './input-path';
import { createSnapshot, type ContentEditableSnapshot, type SnapshotOptions } from './snapshot';

export interface ContentEditableHandleOptions {
  element: HTMLElement;
  textKind: 'email' | 'note';
  exclude?: readonly string[];
  whiteSpace?: SnapshotOptions['whiteSpace'];
  anchor?: () => HTMLElement;
  extraField?: () => HTMLInputElement | HTMLTextAreaElement | null;
}

export interface ContentEditableHandle extends EditorHandle {
  snapshot(): ContentEditableSnapshot;
  /** Replace an extra-field span (e.g. the subject), through the same input path. */
  replaceExtra(start: number, end: number, text: string): boolean;
}

export function contentEditableHandle(o: ContentEditableHandleOptions): ContentEditableHandle {
  const snapshot = () => createSnapshot(o.element, { exclude: o.exclude, whiteSpace: o.whiteSpace });
  const handle: ContentEditableHandle = {
    kind: 'contenteditable',
    element: o.element,
    textKind: o.textKind,
    snapshot,
    replace(start, end, text) {
      const range = snapshot().toRange(start, end);
      return !!range && replaceRange(o.element, range, text);
    },
    insert(at, text) {
      if (at === null) {
        const sel = o.element.ownerDocument.getSelection();
        const r = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
        if (!r || !o.element.contains(r.startContainer)) return false;
        return replaceRange(o.element, r, text);
      }
      const pos = snapshot().positionAt(at, 'left');
      return !!pos && insertAtPosition(o.element, pos.node, pos.offset, text);
    },
    anchor: () => o.anchor?.() ?? o.element.parentElement ?? o.element,
    isAlive: () => o.element.isConnected && o.element.isContentEditable,
    replaceExtra(start, end, text) {
      const f = o.extraField?.();
      return !!f && replaceInTextControl(f, start, end, text);
    },
  };
  if (o.extraField) {
    handle.extraField = o.extraField;
    handle.extraText = () => o.extraField?.()?.value ?? '';
  }
  return handle;
}
