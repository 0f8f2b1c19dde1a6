/** A found editor as an `EditorHandle`: textareas by value, rich editors through the snapshot. */
import type { EditorHandle } from '../editor';
import { contentEditableHandle } from '../contenteditable-handle';
import { textareaHandle } from '../textarea-handle';
import type { FoundEditor } from './finder';

export interface HandleOptions {
  textKind: 'email' | 'note';
  /** Extra subtrees the site leaves out of the text (on top of the framework's own). */
  exclude?: readonly string[];
  anchor?: (el: HTMLElement) => HTMLElement;
}

/** Islands inside any rich editor that are not the user's words (mentions menus, embeds). */
const NEVER_TEXT = '[contenteditable="false"]';

export function toHandle(found: FoundEditor, o: HandleOptions): EditorHandle {
  const { element, finder } = found;
  const anchor = o.anchor ? () => o.anchor!(element) : undefined;
  if (element instanceof HTMLTextAreaElement) return textareaHandle({ element, textKind: o.textKind, anchor });
  const exclude = [NEVER_TEXT, ...(finder.exclude ? [finder.exclude] : []), ...(o.exclude ?? [])];
  // Collapsed whitespace even for pre-wrap editors (ProseMirror, Lexical): a double space typed
  // by the rep changes no finding, and the segment map still points at the right characters.
  return contentEditableHandle({ element, textKind: o.textKind, exclude, anchor });
}
