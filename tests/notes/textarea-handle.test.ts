// @vitest-environment happy-dom
import { beforeEach, expect, it } from 'vitest';
import { textareaHandle, textareaSnapshot } from '../../sites/textarea-handle';

let field: HTMLTextAreaElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="wrap"><textarea>Plan: go in for the kill.</textarea></div>';
  field = document.querySelector('textarea')!;
});

it('reads the value exactly and maps spans to ranges over a copy of it', () => {
  const snap = textareaSnapshot(field);
  expect(snap.text).toBe('Plan: go in for the kill.');
  expect(snap.toRange(6, 24)?.toString()).toBe('go in for the kill');
  expect(snap.toRange(-1, 3)).toBeNull();
  expect(snap.toRange(3, 99)).toBeNull();
  expect(snap.offsetOf(field, 0)).toBeNull();
  expect(snap.isCurrent()).toBe(true);
});

it('knows when the field changed since the snapshot: no stale range is handed out', () => {
  const snap = textareaSnapshot(field);
  field.value = 'Plan: ask what they still need to decide.';
  expect(snap.isCurrent()).toBe(false);
  expect(snap.toRange(6, 24)).toBeNull();
});

it('is a note editor anchored to its container, alive while editable, with the caret as an offset', () => {
  const h = textareaHandle({ element: field, textKind: 'note' });
  expect(h.kind).toBe('textarea');
  expect(h.anchor().id).toBe('wrap');
  field.setSelectionRange(4, 4);
  expect(h.caretOffset?.()).toBe(4);
  expect(h.isAlive?.()).toBe(true);
  field.readOnly = true;
  expect(h.isAlive?.()).toBe(false);
  field.readOnly = false;
  field.remove();
  expect(h.isAlive?.()).toBe(false);
  expect(h.caretOffset?.()).toBeNull();
});

it('replaces a span through the input path (the field hears an input event)', () => {
  const h = textareaHandle({ element: field, textKind: 'note' });
  let inputs = 0;
  field.addEventListener('input', () => inputs++);
  expect(h.replace(6, 24, 'ask what they still need to decide')).toBe(true);
  expect(field.value).toBe('Plan: ask what they still need to decide.');
  expect(inputs).toBe(1);
  expect(h.insert(null, ' Thursday')).toBe(true);
  expect(field.value.includes('Thursday')).toBe(true);
});
