/**
 * Reading stored values back: each field is checked on its own, so a corrupt or unknown value
 * falls back to its default with a notice while every other setting is kept. Pure, and free of
 * the schema library (content scripts read settings: see read-checks.ts).
 */
import { SETTING_LABEL } from './field-formats';
import { DEFAULT_SETTINGS, type ActivePack, type Notice, type UserSettings } from './model';
import { checkStoredPackBody, runCheck, USER_FIELD_CHECKS } from './read-checks';

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function preview(value: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  return s.length > 40 ? s.slice(0, 40) + '…' : s;
}

function defaultText(key: keyof UserSettings): string {
  switch (key) {
    case 'enabled':
      return 'on';
    case 'sensitivity':
      return DEFAULT_SETTINGS.sensitivity;
    case 'highlightStyle':
      return DEFAULT_SETTINGS.highlightStyle;
    case 'disabledCategories':
      return 'all categories on';
    default:
      return 'empty';
  }
}

export interface ReadUserSettings {
  settings: UserSettings;
  notices: Notice[];
  /** Keys whose stored value was unreadable (dropped from `settings`). */
  invalid: string[];
}

export function readUserSettings(raw: unknown): ReadUserSettings {
  if (raw === null || raw === undefined) return { settings: {}, notices: [], invalid: [] };
  if (!isRecord(raw)) {
    return {
      settings: {},
      invalid: ['(all)'],
      notices: [{ id: 'settings:unreadable', level: 'warning', text: `Your saved settings could not be read (${preview(raw)}), so the defaults are in use.` }],
    };
  }
  const settings: Record<string, unknown> = {};
  const notices: Notice[] = [];
  const invalid: string[] = [];
  for (const [key, check] of Object.entries(USER_FIELD_CHECKS) as Array<[keyof UserSettings, (typeof USER_FIELD_CHECKS)[keyof UserSettings]]>) {
    if (!(key in raw) || raw[key] === undefined) continue;
    const r = runCheck(check, raw[key]);
    if (r.ok) settings[key] = r.value;
    else {
      invalid.push(key);
      notices.push({
        id: `settings:${key}`,
        level: 'warning',
        text: `Your saved ${SETTING_LABEL[key].toLowerCase()} could not be read (${preview(raw[key])}), so ${SETTING_LABEL[key].toLowerCase()} went back to the default (${defaultText(key)}). Your other settings are unchanged.`,
      });
    }
  }
  return { settings: settings as UserSettings, notices, invalid };
}

export interface StoredPack {
  pack: unknown;
  fileName?: string;
  importedAt?: number;
}

export function readStoredPack(raw: unknown): { pack: ActivePack | null; notices: Notice[] } {
  if (raw === null || raw === undefined) return { pack: null, notices: [] };
  const pack = isRecord(raw) ? checkStoredPackBody(raw.pack) : null;
  if (!isRecord(raw) || !pack) {
    return {
      pack: null,
      notices: [{ id: 'pack:unreadable', level: 'warning', text: 'The saved team pack could not be read, so it is not in use. Import the pack file again. Your other settings are unchanged.' }],
    };
  }
  return {
    pack: {
      source: 'user',
      pack,
      fileName: typeof raw.fileName === 'string' ? raw.fileName : undefined,
      importedAt: typeof raw.importedAt === 'number' ? raw.importedAt : undefined,
    },
    notices: [],
  };
}
