/** The findings of a draft, as buttons that open their card; arrow keys move between them. */
import { useRef, type KeyboardEvent } from 'react';
import type { ShownFinding } from './coach-store';
import { SeverityTag } from './SeverityTag';
import { CheckIcon } from './Icons';
import { CATEGORY_LABEL, S, SEVERITY_LABEL } from './strings';

export interface FindingListProps {
  findings: readonly ShownFinding[];
  activeKey: string | null;
  onOpen: (key: string) => void;
  onSelect: (key: string | null) => void;
  /** Lets the parent focus a finding's button (keyboard stepping). */
  buttonRef?: (key: string, el: HTMLButtonElement | null) => void;
}

export function FindingList({ findings, activeKey, onOpen, onSelect, buttonRef }: FindingListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  if (findings.length === 0) {
    return (
      <p className="cc-empty">
        <CheckIcon />
        {S.findingsEmpty}
      </p>
    );
  }
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button.cc-finding');
    if (!buttons?.length) return;
    const next = buttons[(i + (e.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length];
    next.focus();
  };
  return (
    <ul className="cc-findings" ref={listRef}>
      {findings.map((f, i) => (
        <li key={f.key}>
          <button
            type="button"
            ref={(el) => buttonRef?.(f.key, el)}
            className={`cc-finding cc-finding-${f.severity}`}
            aria-current={f.key === activeKey ? 'true' : undefined}
            aria-label={S.findingLabel(CATEGORY_LABEL[f.category], SEVERITY_LABEL[f.severity], f.text, f.message, f.place === 'extra')}
            data-key={f.key}
            data-rule={f.ruleId}
            onClick={() => onOpen(f.key)}
            onFocus={() => onSelect(f.key)}
            onMouseEnter={() => onSelect(f.key)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            <span className="cc-finding-top">
              <SeverityTag severity={f.severity} />
              <span className="cc-cat">{CATEGORY_LABEL[f.category]}</span>
              {f.place === 'extra' ? <span className="cc-where">{S.findingInSubject}</span> : null}
            </span>
            <span className="cc-finding-quote">“{f.text}”</span>
            <span className="cc-finding-msg">{f.message}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
