/**
 * JSONL corpora (format: shared/corpus/README.md). Each line is checked on its own so one bad
 * line is reported as FILE:LINE and the rest is still used.
 */
import { CATEGORIES, QUESTION_IDS } from '../analyzers/types';
import type { CorpusItem } from './evaluate';
import { closest } from './suggest';
import { TEXT } from './text';

export const KINDS = ['email', 'note', 'snippet'] as const;

export type LineResult<T> = { line: number; ok: true; value: T } | { line: number; ok: false; error: string };

/** Every non-blank line parsed as JSON, with its 1-based line number. */
export function parseJsonl(text: string, file: string): Array<LineResult<unknown>> {
  const out: Array<LineResult<unknown>> = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    try {
      out.push({ line: i + 1, ok: true, value: JSON.parse(line) });
    } catch (e) {
      out.push({ line: i + 1, ok: false, error: TEXT.errors.invalidJson(file, i + 1, jsonDetail(e)) });
    }
  });
  return out;
}

function jsonDetail(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.length > 160 ? message.slice(0, 157) + '...' : message;
}

/** What `analyze --jsonl` needs from a line: a text, and an id and kind when given. */
export interface TextItem {
  id: string | number | null;
  text: string;
  kind?: CorpusItem['kind'];
}

type Check<T> = { ok: true; value: T } | { ok: false; id?: string; error: string };

function idOf(o: Record<string, unknown>): string | undefined {
  return typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkKind(o: Record<string, unknown>): string | undefined {
  if (o.kind === undefined) return undefined;
  if (typeof o.kind !== 'string' || !(KINDS as readonly string[]).includes(o.kind)) {
    return TEXT.errors.badEnum('kind', String(o.kind), KINDS, typeof o.kind === 'string' ? closest(o.kind, KINDS) : undefined);
  }
  return undefined;
}

export function checkTextItem(v: unknown): Check<TextItem> {
  if (!isObject(v)) return { ok: false, error: TEXT.errors.notObject };
  const id = idOf(v);
  if (v.id !== undefined && id === undefined) return { ok: false, error: TEXT.errors.fieldType('id', 'a string or a number') };
  if (typeof v.text !== 'string') return { ok: false, id, error: TEXT.errors.fieldType('text', 'a string') };
  const kindError = checkKind(v);
  if (kindError) return { ok: false, id, error: kindError };
  return { ok: true, value: { id: (v.id as string | number | undefined) ?? null, text: v.text, kind: v.kind as TextItem['kind'] } };
}

function checkList(o: Record<string, unknown>, field: string, allowed: readonly string[], required: boolean): string | undefined {
  const v = o[field];
  if (v === undefined) return required ? TEXT.errors.fieldType(field, 'an array (use [] for "nothing")') : undefined;
  if (!Array.isArray(v)) return TEXT.errors.fieldType(field, 'an array');
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (typeof x !== 'string' || !allowed.includes(x)) {
      return TEXT.errors.badEnum(`${field}[${i}]`, String(x), allowed, typeof x === 'string' ? closest(x, allowed) : undefined);
    }
  }
  return undefined;
}

/** A labeled item for `eval`: id, text and flags are required; the rest is checked when present. */
export function checkCorpusItem(v: unknown): Check<CorpusItem> {
  if (!isObject(v)) return { ok: false, error: TEXT.errors.notObject };
  const id = idOf(v);
  if (id === undefined) return { ok: false, error: TEXT.errors.fieldType('id', 'a string or a number') };
  const error =
    (typeof v.text !== 'string' ? TEXT.errors.fieldType('text', 'a string') : undefined) ??
    checkKind(v) ??
    checkList(v, 'flags', CATEGORIES, true) ??
    checkList(v, 'ok', CATEGORIES, false) ??
    checkList(v, 'questions', QUESTION_IDS, false) ??
    (v.source !== undefined && typeof v.source !== 'string' ? TEXT.errors.fieldType('source', 'a string') : undefined);
  if (error) return { ok: false, id, error };
  const item: CorpusItem = { id, text: v.text as string, flags: v.flags as CorpusItem['flags'] };
  if (v.kind !== undefined) item.kind = v.kind as CorpusItem['kind'];
  if (v.ok !== undefined) item.ok = v.ok as CorpusItem['ok'];
  if (v.questions !== undefined) item.questions = v.questions as CorpusItem['questions'];
  if (v.source !== undefined) item.source = v.source as string;
  return { ok: true, value: item };
}
