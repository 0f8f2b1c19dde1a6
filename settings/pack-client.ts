/** The options page's side of importing and exporting packs: the work happens in the background. */
import { browser } from 'wxt/browser';
import type { PackCheck } from './pack/check';
import type { ExportOptions, ExportResult } from './pack/export';

export const MSG_IMPORT_PACK = 'care-coach/import-pack';
export const MSG_EXPORT_PACK = 'care-coach/export-pack';

export interface ImportRequest {
  type: typeof MSG_IMPORT_PACK;
  text: string;
  fileName?: string;
}
export interface ExportRequest {
  type: typeof MSG_EXPORT_PACK;
  options: Pick<ExportOptions, 'name' | 'author' | 'version' | 'lockSettings'>;
}

export async function importPackInBackground(text: string, fileName?: string): Promise<PackCheck> {
  const r = (await browser.runtime.sendMessage({ type: MSG_IMPORT_PACK, text, fileName } satisfies ImportRequest)) as PackCheck | undefined;
  if (!r) throw new Error('The background did not answer; reload the extension and try again.');
  return r;
}

export async function exportPackInBackground(options: ExportRequest['options']): Promise<ExportResult> {
  const r = (await browser.runtime.sendMessage({ type: MSG_EXPORT_PACK, options } satisfies ExportRequest)) as
    | ({ ok: true } & ExportResult)
    | { ok: false; error: string }
    | undefined;
  if (!r) throw new Error('The background did not answer; reload the extension and try again.');
  if (!r.ok) throw new Error(r.error);
  return { text: r.text, leftOut: r.leftOut };
}
