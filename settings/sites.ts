/**
 * Sites coached from install: Gmail and the built-in CRMs. The manifest's host permissions are
 * built from this list (wxt.config.ts); every other site is opt-in, asked for on the user's click.
 */
export const BUILT_IN_SITES = [
  { name: 'Gmail', patterns: ['https://mail.google.com/*'] },
  // Lightning Experience and My Domain (classic) URLs
  { name: 'Salesforce', patterns: ['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*'] },
  // One app host per data centre (sites/crm/index.ts lists the same; a test keeps them equal)
  {
    name: 'HubSpot',
    patterns: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*', 'https://app-na2.hubspot.com/*', 'https://app-na3.hubspot.com/*', 'https://app-ap1.hubspot.com/*'],
  },
  { name: 'Pipedrive', patterns: ['https://*.pipedrive.com/*'] },
] as const;

export const BUILT_IN_HOST_PATTERNS: string[] = BUILT_IN_SITES.flatMap((s) => [...s.patterns]);

/** The built-in site a hostname belongs to, or null. */
export function builtInSiteFor(hostname: string): string | null {
  const host = hostname.toLowerCase();
  for (const site of BUILT_IN_SITES) {
    for (const p of site.patterns) {
      const pattern = p.replace(/^https:\/\//, '').replace(/\/\*$/, '');
      if (pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1 : host === pattern) return site.name;
    }
  }
  return null;
}
