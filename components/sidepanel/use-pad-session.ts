/**
 * The pad's coaching: the same session, painter and store as a CRM textarea (textarea handle,
 * boxes over a mirror of the pad), so the side panel coaches exactly like the page does.
 */
import { useEffect, useRef, useState } from 'react';
import type { Engine } from '../../analyzers/engine';
import type { CoachStore, ShownFinding } from '../coach-store';
import { createCoachSession } from '../../sites/coach-session';
import { createTextareaPainter, type TextareaPainter } from '../../sites/textarea-overlay';
import { textareaHandle } from '../../sites/textarea-handle';
import { disableRule, engineFor, toAnalyzeOptions, type EffectiveSettings } from '../../settings/index';

export function usePadSession(field: HTMLTextAreaElement | null, settings: EffectiveSettings): CoachStore | null {
  const [store, setStore] = useState<CoachStore | null>(null);
  const live = useRef<{ settings: EffectiveSettings; engine: Engine }>({ settings, engine: engineFor(settings) });
  const sessionRef = useRef<{ refresh(): void } | null>(null);
  const painterRef = useRef<TextareaPainter<ShownFinding> | null>(null);

  useEffect(() => {
    if (!field) return;
    const painter = createTextareaPainter<ShownFinding>(field, { style: live.current.settings.highlightStyle });
    const session = createCoachSession({
      editor: textareaHandle({ element: field, textKind: 'note' }),
      painter,
      engine: () => live.current.engine,
      analyzeOptions: () => toAnalyzeOptions(live.current.settings, 'note'),
      onDisableRule: (ruleId) => disableRule(ruleId),
      onError: (e) => console.warn('[Care Coach] pad coaching paused:', e instanceof Error ? e.message : String(e)),
    });
    sessionRef.current = session;
    painterRef.current = painter;
    setStore(session.store);
    session.analyzeNow();
    return () => {
      session.destroy();
      sessionRef.current = null;
      painterRef.current = null;
      setStore(null);
    };
  }, [field]);

  useEffect(() => {
    if (live.current.settings === settings) return;
    live.current = { settings, engine: engineFor(settings) };
    painterRef.current?.setStyle(settings.highlightStyle);
    sessionRef.current?.refresh();
  }, [settings]);

  return store;
}
