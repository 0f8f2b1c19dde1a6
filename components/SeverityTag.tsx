import type { Severity } from '../analyzers/types';
import { SeverityIcon } from './Icons';
import { SEVERITY_LABEL } from './strings';

/** Severity as icon + word + colour, never colour alone. */
export function SeverityTag({ severity }: { severity: Severity }) {
  return (
    <span className={`cc-sev cc-sev-${severity}`}>
      <SeverityIcon severity={severity} />
      {SEVERITY_LABEL[severity]}
    </span>
  );
}
