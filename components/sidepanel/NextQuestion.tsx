/** The question to ask next, with what prompted it. */
import { useState } from 'react';
import type { NextQuestion as Next } from './checklist';
import { SIDEPANEL } from './strings';

export function NextQuestion({ next, onAdd }: { next: Next | null; onAdd?: (next: Next) => void }) {
  const [copied, setCopied] = useState(false);
  if (!next) {
    return (
      <section className="sp-section sp-next sp-next-done" data-testid="sp-next">
        <h2 className="sp-h">{SIDEPANEL.nextTitle}</h2>
        <p className="sp-muted">{SIDEPANEL.allCovered}</p>
      </section>
    );
  }
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(next.text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section className="sp-section sp-next" aria-labelledby="sp-next-h" data-testid="sp-next" data-question={next.id}>
      <div className="sp-section-head">
        <h2 id="sp-next-h" className="sp-h">
          {SIDEPANEL.nextTitle}
        </h2>
        <span className="sp-next-label">{next.label}</span>
      </div>
      <blockquote className="sp-next-q">{next.text}</blockquote>
      <p className={`sp-cue${next.prompted ? ' sp-cue-prompted' : ''}`} data-testid="sp-cue">
        {next.cue}
      </p>
      <div className="sp-actions">
        {onAdd ? (
          <button type="button" className="cc-btn cc-btn-primary sp-btn-sm" onClick={() => onAdd(next)}>
            {SIDEPANEL.addToNotes}
          </button>
        ) : null}
        <button type="button" className="cc-btn sp-btn-sm" onClick={() => void copy()}>
          {copied ? SIDEPANEL.copied : SIDEPANEL.copyQuestion}
        </button>
      </div>
    </section>
  );
}
