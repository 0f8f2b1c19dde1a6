/**
 * Enterprise policy (chrome.storage.managed, public/managed_schema.json), checked field by field:
 * an invalid value is ignored with a notice, the rest of the policy still applies. Pure.
 */
import { z } from 'zod';
import { LOCKABLE_FIELDS, SETTING_LABEL } from './fields';
import type { LockableSettings, Notice } from './model';

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
    for (const [key, schema] of Object.entries(LOCKABLE_FIELDS) as Array<[keyof LockableSettings, z.ZodType]>) {
      if (raw.settings[key] === undefined) continue;
      const r = schema.safeParse(raw.settings[key]);
      if (r.success) settings[key] = r.data;
      else {
        notices.push({
          id: `policy:${key}`,
          level: 'warning',
          text: `Your administrator's policy sets ${SETTING_LABEL[key].toLowerCase()} to a value this version can't use (${r.error.issues[0]?.message ?? 'invalid'}), so that part of the policy is ignored.`,
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
