/**
 * Background side of per-site opt-in: keeps the runtime-registered notes script in step with the
 * sites the rep turned on and the permissions the browser still grants. Registrations persist
 * across sessions, but an extension update or a permission removed from the browser's own UI can
 * leave them out of step, so they are re-checked at every start.
 */
import { browser } from 'wxt/browser';
import { onOriginsGranted, onOriginsRemoved, syncRegistrations } from '../../sites/opt-in';

export function startSiteRegistration(): void {
  const report = (e: unknown) => console.warn('Care Coach: site registration', e instanceof Error ? e.message : e);
  void syncRegistrations().catch(report);
  browser.permissions.onAdded.addListener((p) => {
    if (p.origins?.length) void onOriginsGranted(p.origins).catch(report);
  });
  browser.permissions.onRemoved.addListener((p) => {
    if (p.origins?.length) void onOriginsRemoved(p.origins).catch(report);
  });
}
