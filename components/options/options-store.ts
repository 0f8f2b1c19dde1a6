/**
 * UI state of the options page: the settings state (re-read whenever storage changes), the
 * undo offer and a status line. Changes go through settings/actions; the page never writes
 * storage itself.
 */
import { create } from 'zustand';
import { loadSettingsState, watchSettingsState, type SettingsState } from '../../settings/state';

export interface UndoOffer {
  id: number;
  text: string;
  undo: () => Promise<void>;
}

export interface Status {
  id: number;
  kind: 'ok' | 'error';
  text: string;
}

interface OptionsStore {
  state: SettingsState | null;
  loadError: string | null;
  undo: UndoOffer | null;
  status: Status | null;
  load(): Promise<void>;
  /** Runs a change; a refusal (locked, invalid) becomes the status line instead of an exception. */
  run(change: () => Promise<unknown>, opts?: { undo?: { text: string; undo: () => Promise<void> } }): Promise<boolean>;
  offerUndo(text: string, undo: () => Promise<void>): void;
  clearUndo(): void;
  say(kind: Status['kind'], text: string): void;
}

let counter = 0;

export const useOptionsStore = create<OptionsStore>((set, get) => ({
  state: null,
  loadError: null,
  undo: null,
  status: null,
  async load() {
    try {
      set({ state: await loadSettingsState(), loadError: null });
    } catch (e) {
      set({ loadError: e instanceof Error ? e.message : String(e) });
    }
  },
  async run(change, opts) {
    try {
      await change();
      if (opts?.undo) get().offerUndo(opts.undo.text, opts.undo.undo);
      // Storage events refresh the state too; reading now makes the page answer at once.
      await get().load();
      return true;
    } catch (e) {
      get().say('error', e instanceof Error ? e.message : String(e));
      return false;
    }
  },
  offerUndo(text, undo) {
    set({ undo: { id: ++counter, text, undo } });
  },
  clearUndo() {
    set({ undo: null });
  },
  say(kind, text) {
    set({ status: { id: ++counter, kind, text } });
  },
}));

/** Keeps the store in step with storage (other tabs, the popup, a card's "turn off rule"). */
export function watchOptionsState(): () => void {
  return watchSettingsState((state) => useOptionsStore.setState({ state }));
}
