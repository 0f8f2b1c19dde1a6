import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CALLS_KEY,
  clearAllCalls,
  createCall,
  deleteCall,
  loadCalls,
  saveCall,
  setCurrentCall,
  watchCalls,
} from '../../components/sidepanel/notes-store';

const storageKey = CALLS_KEY.replace(/^local:/, '');

beforeEach(() => {
  fakeBrowser.reset();
});

describe('call notes storage', () => {
  it('starts empty', async () => {
    expect(await loadCalls()).toEqual({ calls: [], currentId: null, unreadable: 0 });
  });

  it('creates calls newest first and makes the new one current', async () => {
    const a = await createCall(1_000, 'Acme');
    const b = await createCall(2_000, 'Globex');
    const state = await loadCalls();
    expect(state.calls.map((c) => c.title)).toEqual(['Globex', 'Acme']);
    expect(state.currentId).toBe(b.id);
    expect(a.id).not.toBe(b.id);
  });

  it('keeps notes, timer and ticks in local storage (not sync)', async () => {
    const call = await createCall(1_000, 'Acme');
    await saveCall({ ...call, notes: 'They use Gong.', updatedAt: 3_000, timer: { elapsedMs: 90_000, runningSince: null }, manualTicks: ['fit'] });
    const [saved] = (await loadCalls()).calls;
    expect(saved).toMatchObject({ notes: 'They use Gong.', timer: { elapsedMs: 90_000 }, manualTicks: ['fit'] });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toContain(storageKey);
  });

  it('saves in order when the rep types faster than storage answers', async () => {
    const call = await createCall(1_000, 'Acme');
    await Promise.all(['T', 'Th', 'The', 'They'].map((notes, i) => saveCall({ ...call, notes, updatedAt: 2_000 + i })));
    expect((await loadCalls()).calls[0].notes).toBe('They');
  });

  it('clears one call, then all', async () => {
    const a = await createCall(1_000, 'Acme');
    const b = await createCall(2_000, 'Globex');
    await deleteCall(b.id);
    let state = await loadCalls();
    expect(state.calls.map((c) => c.id)).toEqual([a.id]);
    expect(state.currentId).toBeNull();
    await setCurrentCall(a.id);
    expect((await loadCalls()).currentId).toBe(a.id);
    await clearAllCalls();
    state = await loadCalls();
    expect(state.calls).toEqual([]);
    expect(await fakeBrowser.storage.local.get(storageKey)).toEqual({});
  });

  it('keeps entries it cannot read, counts them, and never overwrites them', async () => {
    const broken = { id: 'old-1', title: 42, notes: 'precious words' };
    await fakeBrowser.storage.local.set({ [storageKey]: { calls: [broken], currentId: 'old-1' } });
    let state = await loadCalls();
    expect(state).toMatchObject({ calls: [], unreadable: 1, currentId: null });
    const call = await createCall(5_000, 'New');
    await saveCall({ ...call, notes: 'typed' });
    state = await loadCalls();
    expect(state.calls.map((c) => c.notes)).toEqual(['typed']);
    expect(state.unreadable).toBe(1);
    const raw = (await fakeBrowser.storage.local.get(storageKey))[storageKey] as { calls: unknown[] };
    expect(raw.calls).toContainEqual(broken);
  });

  it('refuses to save a malformed record with a message naming the field', async () => {
    const call = await createCall(1_000, 'Acme');
    await expect(saveCall({ ...call, manualTicks: ['budget' as never] })).rejects.toThrow(/manualTicks/);
  });

  it('tells watchers when another panel changes the calls', async () => {
    const seen: number[] = [];
    const stop = watchCalls((s) => seen.push(s.calls.length));
    await createCall(1_000, 'Acme');
    await new Promise((r) => setTimeout(r, 10));
    stop();
    expect(seen).toContain(1);
  });
});
