/**
 * A CRM adapter as data: which hosts, and per UI variant which editors hold the rep's notes.
 * Reading an editor is the framework finders' job (sites/editors); the adapter only says which
 * editors are notes. Matching crosses shadow roots, because Lightning's components may render in
 * native shadow DOM, where a descendant selector can't see through.
 */
import type { EditorHandle, SiteAdapter } from '../editor';
import { EDITOR_FINDERS, editorAt, findEditors, type FoundEditor } from '../editors/index';
import { toHandle } from '../editors/handle';

export interface NoteEditorRule {
  /** The UI this rule is for (shown in diagnostics, kept next to the selector on purpose). */
  ui: string;
  /** Matches the editable root (the element a framework finder recognises). */
  editor: string;
  /** An ancestor the editor must sit in, searched across shadow roots. */
  within?: string;
  /** Where the badge and panel anchor: the closest such ancestor (across shadow roots). */
  anchor?: string;
  /** Parts of the editor that aren't the rep's note (a quoted email, a signature). */
  exclude?: readonly string[];
}

export interface CrmDefinition {
  id: string;
  /** The CRM's name as the rep knows it (side panel: "Following your note in …"). */
  label: string;
  /** Hostnames this adapter serves. */
  hosts: RegExp;
  rules: readonly NoteEditorRule[];
  /**
   * Also coach any other editor a framework finder recognises on these hosts (a UI variant the
   * rules don't know yet). The rules still decide anchors and exclusions where they match.
   */
  fallback: boolean;
}

export interface NotesAdapter extends SiteAdapter {
  readonly label: string;
  /** The editor a node belongs to (a focus target, possibly in a shadow root), if it is coached. */
  editorAt(node: Node): EditorHandle | null;
  /** Which rule recognised an editor ('fallback' when none did): for tests and diagnostics. */
  ruleFor(el: HTMLElement): string | null;
}

/** The parent across a shadow boundary. */
function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** `closest` that keeps going past shadow roots into their hosts. */
export function closestComposed(el: Element, selector: string): HTMLElement | null {
  for (let n: Element | null = el; n; n = composedParent(n)) {
    if (n.matches(selector)) return n as HTMLElement;
  }
  return null;
}

export function defineCrm(def: CrmDefinition): NotesAdapter {
  const ruleOf = (el: HTMLElement): NoteEditorRule | null =>
    def.rules.find((r) => el.matches(r.editor) && (!r.within || closestComposed(el, r.within))) ?? null;

  const handleFor = (found: FoundEditor): EditorHandle | null => {
    const rule = ruleOf(found.element);
    if (!rule && !def.fallback) return null;
    const anchorSel = rule?.anchor;
    return toHandle(found, {
      textKind: 'note',
      exclude: rule?.exclude,
      anchor: anchorSel ? (el) => closestComposed(el, anchorSel) ?? el.parentElement ?? el : undefined,
    });
  };

  return {
    id: def.id,
    label: def.label,
    matches: (location) => def.hosts.test(location.hostname),
    findEditors(root) {
      const out: EditorHandle[] = [];
      for (const found of findEditors(root, EDITOR_FINDERS)) {
        const h = handleFor(found);
        if (h) out.push(h);
      }
      return out;
    },
    editorAt(node) {
      const found = editorAt(node, EDITOR_FINDERS);
      return found ? handleFor(found) : null;
    },
    ruleFor(el) {
      return ruleOf(el)?.ui ?? (def.fallback ? 'fallback' : null);
    },
  };
}
