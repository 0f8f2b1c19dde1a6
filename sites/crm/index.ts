/** The built-in CRMs, and the adapter for any site the rep turned coaching on for. */
import { defineCrm, type NotesAdapter } from './define-crm';
import { hubspot } from './hubspot';
import { pipedrive } from './pipedrive';
import { salesforce } from './salesforce';

export type { NotesAdapter, NoteEditorRule } from './define-crm';

export const BUILT_IN_CRMS: readonly NotesAdapter[] = [salesforce, hubspot, pipedrive];

/**
 * The content-script match patterns of the built-in CRMs (the manifest's static matches). Kept
 * next to the adapters so the hosts can't drift apart; tested against each adapter's `hosts`.
 */
export const BUILT_IN_MATCHES = [
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  // HubSpot's app hosts, one per data centre (a wildcard would also take the marketing site).
  'https://app.hubspot.com/*',
  'https://app-eu1.hubspot.com/*',
  'https://app-na2.hubspot.com/*',
  'https://app-na3.hubspot.com/*',
  'https://app-ap1.hubspot.com/*',
  'https://*.pipedrive.com/*',
];

/** Any opted-in site: every editor a framework finder recognises. */
export function genericAdapter(hostname: string): NotesAdapter {
  return defineCrm({
    id: 'opt-in',
    label: hostname,
    hosts: new RegExp(`^${hostname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    rules: [],
    fallback: true,
  });
}

export function adapterFor(location: Location): NotesAdapter {
  return BUILT_IN_CRMS.find((a) => a.matches(location)) ?? genericAdapter(location.hostname);
}
