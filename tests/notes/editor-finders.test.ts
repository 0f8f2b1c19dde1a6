// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { EDITOR_FINDERS, editorAt, findEditors, skipReason, watchFocusedEditors, type EditorFramework } from '../../sites/editors/index';
import { toHandle } from '../../sites/editors/handle';

const FIXTURES = join(__dirname, '..', 'fixtures', 'crm');

function load(file: string): void {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
  const style = [...html.matchAll(/<style>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join('\n');
  document.head.innerHTML = `<style>${style}</style>`;
  document.body.innerHTML = body;
}

const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;

const NOTE_LINES = ['Call with Dana Ruiz (VP Ops, Northwind).', 'They mentioned Gong and an in-house build.', 'Plan: go in for the kill on Thursday and overcome their objections.'];

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('one root finder per editor framework', () => {
  const cases: Array<[string, EditorFramework]> = [
    ['textarea', 'textarea'],
    ['contenteditable', 'contenteditable'],
    ['prosemirror', 'prosemirror'],
    ['quill', 'quill'],
    ['draft', 'draft'],
    ['slate', 'slate'],
    ['lexical', 'lexical'],
    ['ckeditor5', 'ckeditor5'],
    ['trix', 'trix'],
  ];

  it.each(cases)('%s: finds exactly the editor, as %s', (file, framework) => {
    load(`editors/${file}.html`);
    const found = findEditors(document);
    expect(found.map((f) => f.finder.framework)).toEqual([framework]);
    expect(found[0].element).toBe(byTestId('editor'));
  });

  it.each(cases.filter(([f]) => f !== 'textarea'))('%s: reads the note line by line, without placeholders or helpers', (file) => {
    load(`editors/${file}.html`);
    const [found] = findEditors(document);
    const text = toHandle(found, { textKind: 'note' }).snapshot().text;
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines).toEqual(NOTE_LINES);
    expect(text).not.toMatch(/\uFEFF|Write a note|Enter some text/);
  });

  it('textarea: the text is the value, exactly', () => {
    load('editors/textarea.html');
    const [found] = findEditors(document);
    const field = byTestId('editor') as HTMLTextAreaElement;
    expect(toHandle(found, { textKind: 'note' }).snapshot().text).toBe(field.value);
  });

  it('a node deep inside a rich editor resolves to its root', () => {
    load('editors/draft.html');
    const span = document.querySelector('[data-text="true"]')!;
    expect(editorAt(span.firstChild)?.element).toBe(byTestId('editor'));
    expect(editorAt(span)?.finder.framework).toBe('draft');
  });

  it('the most specific framework wins over plain contenteditable', () => {
    expect(EDITOR_FINDERS.at(-1)?.framework).toBe('contenteditable');
    load('editors/lexical.html');
    expect(editorAt(byTestId('editor'))?.finder.framework).toBe('lexical');
  });
});

describe('fields the coach leaves alone', () => {
  it('skips password, read-only, disabled, hidden, spellcheck=false and non-editable fields', () => {
    load('editors/skipped.html');
    const found = findEditors(document);
    expect(found.map((f) => f.element.dataset.testid)).toEqual(['control']);
    const reasons = Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-testid]')].map((el) => [el.dataset.testid, skipReason(el)]),
    );
    expect(reasons).toEqual({
      password: 'password',
      readonly: 'read-only',
      'spellcheck-off': 'spellcheck-off',
      'ce-spellcheck-off': 'spellcheck-off',
      'ce-readonly': 'read-only',
      hidden: 'hidden',
      'display-none': 'hidden',
      disabled: 'disabled',
      'not-editable': 'not-editable',
      control: null,
    });
  });

  it("skips Quill's clipboard helper, which is contenteditable too", () => {
    load('editors/quill.html');
    expect(findEditors(document)).toHaveLength(1);
    expect(editorAt(document.querySelector('.ql-clipboard'))).toBeNull();
  });

  it('focus on a skipped field reports nothing', () => {
    load('editors/skipped.html');
    const seen: string[] = [];
    const stop = watchFocusedEditors(document, (f) => seen.push(f.element.dataset.testid ?? ''));
    for (const id of ['password', 'readonly', 'spellcheck-off', 'control']) byTestId(id).focus();
    stop();
    expect(seen).toEqual(['control']);
  });
});

describe('editors in shadow roots', () => {
  it('are found through focus (composedPath), not by a document query', () => {
    const host = document.createElement('lightning-input-rich-text');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'closed' });
    const editor = document.createElement('div');
    editor.className = 'ql-editor';
    editor.contentEditable = 'true';
    editor.textContent = 'Plan: go in for the kill.';
    shadow.append(editor);
    expect(findEditors(document)).toEqual([]);
    const seen: HTMLElement[] = [];
    const stop = watchFocusedEditors(document, (f) => seen.push(f.element));
    editor.focus();
    stop();
    expect(seen).toEqual([editor]);
  });
});
