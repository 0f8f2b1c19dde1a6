/**
 * Call notes, kept in the browser's local extension storage until the rep clears them. Nothing
 * here syncs or leaves the machine (`storage.local`, not `storage.sync`).
 *
 * A record that no longer reads (an older build, a hand edit) is kept as it is and counted, never
 * dropped: the rep's notes are the one thing this panel must not lose.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { QUESTION_IDS, type QuestionId } from '../../analyzers/index';
import { STOPPED, type TimerState } from './call-timer';

export interface CallRecord {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  notes: string;
  timer: TimerState;
  /** Questions the rep ticked by hand (asked aloud, not written down). */
  manualTicks: QuestionId[];
}

export interface CallsState {
  calls: CallRecord[];
  currentId: string | null;
  /** Stored entries that could not be read; kept untouched in storage. */
  unreadable: number;
}

const CallSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  notes: z.string(),
  timer: z.object({ elapsedMs: z.number().nonnegative(), runningSince: z.number().nullable() }),
  manualTicks: z.array(z.enum(QUESTION_IDS)),
});

interface StoredCalls {
  calls: unknown[];
  currentId: string | null;
}

export const CALLS_KEY = 'local:careCoach.calls' as const;

const callsItem = storage.defineItem<StoredCalls>(CALLS_KEY, {
  fallback: { calls: [], currentId: null },
  version: 1,
});

function read(raw: StoredCalls | null | undefined): CallsState {
  const entries = Array.isArray(raw?.calls) ? raw.calls : [];
  const calls: CallRecord[] = [];
  let unreadable = 0;
  for (const entry of entries) {
    const parsed = CallSchema.safeParse(entry);
    if (parsed.success) calls.push(parsed.data);
    else unreadable++;
  }
  const currentId = typeof raw?.currentId === 'string' && calls.some((c) => c.id === raw.currentId) ? raw.currentId : null;
  return { calls, currentId, unreadable };
}

async function rawCalls(): Promise<StoredCalls> {
  const raw = await callsItem.getValue();
  return { calls: Array.isArray(raw?.calls) ? raw.calls : [], currentId: raw?.currentId ?? null };
}

function idOf(entry: unknown): string | null {
  return entry && typeof entry === 'object' && typeof (entry as { id?: unknown }).id === 'string' ? (entry as { id: string }).id : null;
}

/** Serialises writes from this page so a fast typist's saves land in order. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

export async function loadCalls(): Promise<CallsState> {
  return read(await callsItem.getValue());
}

/** Calls `cb` when the stored calls change (another window's side panel, or a clear). */
export function watchCalls(cb: (state: CallsState) => void): () => void {
  return callsItem.watch((raw) => cb(read(raw)));
}

export function newCallRecord(now: number, title: string): CallRecord {
  return { id: crypto.randomUUID(), title, createdAt: now, updatedAt: now, notes: '', timer: { ...STOPPED }, manualTicks: [] };
}

/** Adds a call and makes it the current one. Newest first. */
export function createCall(now: number, title: string): Promise<CallRecord> {
  return serial(async () => {
    const raw = await rawCalls();
    const call = newCallRecord(now, title);
    await callsItem.setValue({ calls: [call, ...raw.calls], currentId: call.id });
    return call;
  });
}

/** Saves one call (insert or replace by id); entries that don't read are left as they are. */
export async function saveCall(call: CallRecord): Promise<void> {
  const parsed = CallSchema.safeParse(call);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Call notes not saved: ${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`);
  }
  const checked = parsed.data;
  return serial(async () => {
    const raw = await rawCalls();
    const i = raw.calls.findIndex((e) => idOf(e) === checked.id);
    const calls = [...raw.calls];
    if (i >= 0) calls[i] = checked;
    else calls.unshift(checked);
    await callsItem.setValue({ calls, currentId: raw.currentId ?? checked.id });
  });
}

export function setCurrentCall(id: string | null): Promise<void> {
  return serial(async () => {
    const raw = await rawCalls();
    await callsItem.setValue({ ...raw, currentId: id });
  });
}

/** Removes one call's notes for good. */
export function deleteCall(id: string): Promise<void> {
  return serial(async () => {
    const raw = await rawCalls();
    const calls = raw.calls.filter((e) => idOf(e) !== id);
    await callsItem.setValue({ calls, currentId: raw.currentId === id ? null : raw.currentId });
  });
}

/** Removes every call, unreadable ones included: the rep asked for a clean slate. */
export function clearAllCalls(): Promise<void> {
  return serial(() => callsItem.removeValue());
}
