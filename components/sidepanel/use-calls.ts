/**
 * The side panel's calls: the current one (created on first use), the list, and saving. Edits
 * update the UI at once and reach storage after a short pause, and always when the panel closes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { clearAllCalls, createCall, deleteCall, loadCalls, saveCall, setCurrentCall, watchCalls, type CallRecord } from './notes-store';
import { formatWhen } from './markdown-export';
import { SIDEPANEL } from './strings';

const SAVE_DELAY_MS = 400;

export interface CallsApi {
  ready: boolean;
  calls: CallRecord[];
  current: CallRecord | null;
  unreadable: number;
  error: string | null;
  update(patch: Partial<Omit<CallRecord, 'id' | 'createdAt'>>): void;
  newCall(): Promise<void>;
  open(id: string): Promise<void>;
  clearCurrent(): Promise<void>;
  clearAll(): Promise<void>;
}

export function useCalls(now: () => number = Date.now): CallsApi {
  const [ready, setReady] = useState(false);
  const [calls, setCalls] = useState<CallRecord[]>([]);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<CallRecord | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const call = pending.current;
    pending.current = null;
    if (call) saveCall(call).then(() => setError(null), () => setError(SIDEPANEL.storageError));
  }, []);

  const start = useCallback(async () => {
    const call = await createCall(now(), SIDEPANEL.defaultTitle(formatWhen(now())));
    setCalls((cs) => [call, ...cs.filter((c) => c.id !== call.id)]);
    setCurrentId(call.id);
  }, [now]);

  useEffect(() => {
    let alive = true;
    void (async () => {
      try {
        const state = await loadCalls();
        if (!alive) return;
        setCalls(state.calls);
        setUnreadable(state.unreadable);
        setCurrentId(state.currentId ?? state.calls[0]?.id ?? null);
        if (state.calls.length === 0) await start();
      } catch {
        setError(SIDEPANEL.storageError);
      } finally {
        if (alive) setReady(true);
      }
    })();
    // Another window's panel (or a clear) changed the calls: take theirs, keep our unsaved edit.
    const stop = watchCalls((state) => {
      setUnreadable(state.unreadable);
      setCalls((mine) => state.calls.map((c) => (pending.current?.id === c.id ? pending.current : (mine.find((m) => m.id === c.id && m.updatedAt > c.updatedAt) ?? c))));
    });
    const onHide = () => flush();
    addEventListener('pagehide', onHide);
    return () => {
      alive = false;
      stop();
      removeEventListener('pagehide', onHide);
      flush();
    };
  }, [flush, start]);

  const current = calls.find((c) => c.id === currentId) ?? null;

  const update = useCallback<CallsApi['update']>(
    (patch) => {
      setCalls((cs) =>
        cs.map((c) => {
          if (c.id !== currentId) return c;
          const next = { ...c, ...patch, updatedAt: now() };
          pending.current = next;
          return next;
        }),
      );
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [currentId, flush, now],
  );

  return {
    ready,
    calls,
    current,
    unreadable,
    error,
    update,
    async newCall() {
      flush();
      await start();
    },
    async open(id) {
      flush();
      setCurrentId(id);
      await setCurrentCall(id);
    },
    async clearCurrent() {
      if (!currentId) return;
      if (pending.current?.id === currentId) pending.current = null;
      await deleteCall(currentId);
      const rest = calls.filter((c) => c.id !== currentId);
      setCalls(rest);
      if (rest.length > 0) {
        setCurrentId(rest[0].id);
        await setCurrentCall(rest[0].id);
      } else await start();
    },
    async clearAll() {
      pending.current = null;
      await clearAllCalls();
      setCalls([]);
      await start();
    },
  };
}
