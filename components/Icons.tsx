/** Inline SVG icons (React elements, no HTML strings: Gmail enforces Trusted Types). */
import type { Severity } from '../analyzers/types';

const svg = { viewBox: '0 0 16 16', 'aria-hidden': true as const, focusable: 'false' as const };

export function LogoIcon({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className={className}>
      <circle cx="10" cy="10" r="10" fill="#0f766e" />
      <path d="M10 15.2s-5-3-5-6.7A2.7 2.7 0 0 1 10 7a2.7 2.7 0 0 1 5 1.5c0 3.7-5 6.7-5 6.7z" fill="#fff" />
    </svg>
  );
}

export function SeverityIcon({ severity }: { severity: Severity }) {
  if (severity === 'strong') {
    return (
      <svg {...svg} className="cc-icon-strong">
        <path d="M8 1.5 15 14H1L8 1.5z" fill="currentColor" />
        <path d="M8 6v4" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
        <circle cx="8" cy="12" r=".95" fill="#fff" />
      </svg>
    );
  }
  if (severity === 'warning') {
    return (
      <svg {...svg} className="cc-icon-warning">
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        <path d="M8 4.3v4.4" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
        <circle cx="8" cy="11.3" r=".95" fill="#fff" />
      </svg>
    );
  }
  return (
    <svg {...svg} className="cc-icon-hint">
      <circle cx="8" cy="8" r="6.3" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M8 7.2v4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="4.9" r=".95" fill="currentColor" />
    </svg>
  );
}

export function CloseIcon() {
  return (
    <svg {...svg}>
      <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

export function CheckIcon() {
  return (
    <svg {...svg}>
      <circle cx="8" cy="8" r="7" fill="currentColor" opacity=".15" />
      <path d="M4.8 8.2l2.1 2.1 4.3-4.6" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function PauseIcon() {
  return (
    <svg {...svg}>
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M6.3 5.3v5.4M9.7 5.3v5.4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}
