/** Markdown out: copy to paste into the CRM, or download. Made in the browser; nothing uploaded. */
import { useState } from 'react';
import { downloadMarkdown } from './markdown-export';
import { SIDEPANEL } from './strings';

export function ExportBar({ markdown, fileName }: { markdown: () => string; fileName: () => string }) {
  const [status, setStatus] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(markdown());
      setStatus(SIDEPANEL.copiedMarkdown);
    } catch {
      setStatus(SIDEPANEL.copyFailed);
    }
  };
  return (
    <section className="sp-section" aria-labelledby="sp-export-h">
      <h2 id="sp-export-h" className="sp-h">
        {SIDEPANEL.exportTitle}
      </h2>
      <div className="sp-actions">
        <button type="button" className="cc-btn cc-btn-primary sp-btn-sm" onClick={() => void copy()} data-testid="sp-copy-md">
          {SIDEPANEL.copyMarkdown}
        </button>
        <button type="button" className="cc-btn sp-btn-sm" onClick={() => downloadMarkdown(document, markdown(), fileName())} data-testid="sp-download-md">
          {SIDEPANEL.downloadMarkdown}
        </button>
      </div>
      {status ? (
        <p className="sp-status" role="status">
          {status}
        </p>
      ) : null}
    </section>
  );
}
