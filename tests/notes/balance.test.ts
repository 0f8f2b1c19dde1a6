import { describe, expect, it } from 'vitest';
import { balance } from '../../components/sidepanel/balance';
import { analyze } from '../../analyzers/index';

describe('notes balance', () => {
  it('is unknown until the notes say enough', () => {
    expect(balance({ youWords: 0, selfWords: 1, theyWords: 1, buyerShare: 0.5 }).known).toBe(false);
  });

  it('reads notes about the buyer in the third person as their world (engine metrics)', () => {
    const m = analyze('They run support on Zendesk. Their team loses an hour a day to it. They want fewer handoffs.', { kind: 'note' }).metrics;
    const b = balance(m);
    expect(b).toMatchObject({ known: true, pitchHeavy: false });
    expect(b.buyer).toBeGreaterThan(90);
  });

  it('flags notes that are mostly our pitch', () => {
    const m = analyze('We walked through our dashboards. I showed our API and we covered our roadmap. They nodded.', { kind: 'note' }).metrics;
    const b = balance(m);
    expect(b.pitchHeavy).toBe(true);
    expect(b.buyer + b.pitch).toBe(100);
  });
});
