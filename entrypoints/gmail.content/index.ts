import { analyze } from '../../analyzers/index';

// Minimal first cut: proves the engine runs on mail.google.com. The full compose coach replaces it.
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  main() {
    const body = document.querySelector<HTMLElement>('[g_editable="true"][contenteditable="true"]');
    if (!body) return;
    const report = analyze(body.textContent ?? '', { kind: 'email' });
    document.documentElement.dataset.careCoachFindings = String(report.findings.length);
  },
});
