/**
 * Enterprise policy (chrome.storage.managed, public/managed_schema.json), checked field by field:
 * an invalid value is ignored with a notice, the rest of the policy still applies. Pure, and free
 * of the schema library (content scripts read policy: see read-checks.ts).
 */
import { SETTING_LABEL } from './field-formats';
import type { LockableSettings, Notice } from './model';
import { LOCKABLE_FIELD_CHECKS, runCheck } from './read-checks';

export interface Policy {
  /** Values the administrator sets; each is enforced and shown as locked. */
  settings: Partial<LockableSettings>;
  /** A team pack as JSON or YAML text, or null. */
  packText: string | null;
  notices: Notice[];
}

export const EMPTY_POLICY: Policy = { settings: {}, packText: null, notices: [] };

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function readPolicy(raw: unknown): Policy {
  if (!isRecord(raw)) return EMPTY_POLICY;
  const notices: Notice[] = [];
  const settings: Record<string, unknown> = {};
  if (isRecord(raw.settings)) {
    for (const [key, check] of Object.entries(LOCKABLE_FIELD_CHECKS) as Array<[keyof LockableSettings, (typeof LOCKABLE_FIELD_CHECKS)[keyof LockableSettings]]>) {
      if (raw.settings[key] === undefined) continue;
      const r = runCheck(check, raw.settings[key]);
      if (r.ok) settings[key] = r.value;
      else {
        notices.push({
          id: `policy:${key}`,
          level: 'warning',
          text: `Your administrator's policy sets ${SETTING_LABEL[key].toLowerCase()} to a value this version can't use (${r.message}), so that part of the policy is ignored.`,
        });
      }
    }
  } else if (raw.settings !== undefined) {
    notices.push({ id: 'policy:settings', level: 'warning', text: "Your administrator's policy has settings this version can't read, so they are ignored." });
  }
  let packText: string | null = null;
  if (typeof raw.pack === 'string' && raw.pack.trim()) packText = raw.pack;
  else if (raw.pack !== undefined && raw.pack !== '') {
    notices.push({ id: 'policy:pack', level: 'warning', text: "Your administrator's policy has a team pack that isn't text (JSON or YAML), so it is ignored." });
  }
  return { settings: settings as Partial<LockableSettings>, packText, notices };
}
