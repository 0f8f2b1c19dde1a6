/**
 * Editor root finders, one per framework (the shape of Harper's extension): recognise the root
 * a framework makes editable, skip fields that aren't prose, and find editors in shadow roots
 * through focus (a capture-phase `focusin` on the document sees `composedPath()[0]`).
 */
import { ckeditor5 } from './ckeditor5';
import { contenteditable } from './contenteditable';
import { draft } from './draft';
import type { EditorFinder, FoundEditor } from './finder';
import { lexical } from './lexical';
import { prosemirror } from './prosemirror';
import { quill } from './quill';
import { editableRootOf, isCoachable, isEditableRoot } from './skip';
import { slate } from './slate';
import { textarea } from './textarea';
import { trix } from './trix';

export type { EditorFinder, EditorFramework, FoundEditor } from './finder';
export { isCoachable, skipReason } from './skip';

/** Most specific first: every framework root is also a `[contenteditable]`. */
export const EDITOR_FINDERS: readonly EditorFinder[] = [prosemirror, quill, draft, slate, lexical, ckeditor5, trix, textarea, contenteditable];

const ANY_EDITOR = EDITOR_FINDERS.map((f) => f.selector).join(', ');

function finderFor(el: HTMLElement, finders: readonly EditorFinder[]): EditorFinder | null {
  for (const f of finders) if (el.matches(f.selector)) return f;
  return null;
}

/** The editor `el` is, or belongs to (a node inside a rich editor resolves to its root). */
export function editorAt(node: Node | null, finders: readonly EditorFinder[] = EDITOR_FINDERS): FoundEditor | null {
  if (node instanceof HTMLTextAreaElement) {
    const finder = finderFor(node, finders);
    return finder && isCoachable(node) ? { element: node, finder } : null;
  }
  const root = editableRootOf(node);
  if (!root) return null;
  const finder = finderFor(root, finders);
  return finder && isCoachable(root) ? { element: root, finder } : null;
}

/** Coachable editors under `root` (light DOM; shadow roots are reached through focus). */
export function findEditors(root: ParentNode, finders: readonly EditorFinder[] = EDITOR_FINDERS): FoundEditor[] {
  const selector = finders === EDITOR_FINDERS ? ANY_EDITOR : finders.map((f) => f.selector).join(', ');
  const out: FoundEditor[] = [];
  const seen = new Set<Element>();
  const candidates: Element[] = [];
  if (root instanceof Element && root.matches(selector)) candidates.push(root);
  candidates.push(...root.querySelectorAll(selector));
  for (const el of candidates) {
    if (!(el instanceof HTMLElement) || seen.has(el)) continue;
    seen.add(el);
    // Only roots: a contenteditable child of an editor is part of that editor.
    if (!(el instanceof HTMLTextAreaElement) && !isEditableRoot(el)) continue;
    const finder = finderFor(el, finders);
    if (finder && isCoachable(el)) out.push({ element: el, finder });
  }
  return out;
}

/**
 * Calls `onFocus` with the editor the user just focused, wherever it lives (light DOM, open or
 * closed shadow roots: `composedPath()[0]` is the real target). Returns a stop function.
 */
export function watchFocusedEditors(
  doc: Document,
  onFocus: (found: FoundEditor) => void,
  finders: readonly EditorFinder[] = EDITOR_FINDERS,
): () => void {
  const listener = (e: Event) => {
    const target = e.composedPath()[0];
    if (!(target instanceof Node)) return;
    const found = editorAt(target, finders);
    if (found) onFocus(found);
  };
  doc.addEventListener('focusin', listener, true);
  return () => doc.removeEventListener('focusin', listener, true);
}
