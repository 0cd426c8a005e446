import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { Analysis } from '../domain/analysis';
import { evaluateInss } from '../domain/evaluation/evaluate-inss';
import { defaultAnalysisParameters } from '../domain/parameters/analysis-parameters';
import { inssFacts, inssPayload, marginFacts } from '../testing/proposal.fixtures';
import { toDomain, toRow } from './analysis.mapper';

const cipher = new FieldCipher(DEV_PII_KEY_RING);
const t0 = new Date('2026-03-10T12:00:00Z');
const margin = { benefitNumber: '1234567890', loan: { limit: '700.00', used: '200.00', available: '500.00' }, restrictions: [], checkedAt: '2026-03-10T12:00:04.000Z', fromCache: false };

/** An INSS analysis decided on Dataprev's margin: application, margin and reasons all hold personal data. */
function decided(): Analysis {
  const analysis = Analysis.receive(inssPayload(), 'c0ffee00-0000-4000-8000-000000000001', t0);
  analysis.awaitMargin(evaluateInss(inssFacts(), defaultAnalysisParameters()), t0);
  analysis.recordMargin(margin);
  analysis.decide(evaluateInss(inssFacts(), defaultAnalysisParameters(), marginFacts('500.00')), t0);
  analysis.pullEvents();
  return analysis;
}

describe('analysis mapper: personal data sealed at rest (R-SEC-3)', () => {
  it('seals the application, the margin and the reasons; nothing personal in the stored row', () => {
    const row = toRow(cipher, decided());
    for (const column of [row.application, row.margin, row.reasons]) expect(column).toMatch(/^pii:v1:/);
    const stored = JSON.stringify(row);
    for (const clear of ['52998224725', '1234567890', inssPayload().birthDate, inssPayload().monthlyIncome, '500.00']) expect(stored).not.toContain(clear);
    expect(row.terms?.installmentAmount).toBe('231.24');
  });

  it('reads back exactly what was written', () => {
    const analysis = decided();
    expect(toDomain(cipher, toRow(cipher, analysis)).snapshot()).toEqual(analysis.snapshot());
  });

  it('keeps an analysis cancelled before its proposal as nulls and an empty reason list', () => {
    const cancelled = Analysis.cancelledBeforeReceipt('c0ffee00-0000-4000-8000-000000000002', 'c0ffee00-0000-4000-8000-000000000003', t0);
    const row = toRow(cipher, cancelled);
    expect([row.application, row.margin, row.reasons]).toEqual([null, null, []]);
    expect(toDomain(cipher, row).snapshot()).toEqual(cancelled.snapshot());
  });

  it('refuses a value sealed for another column (the column is the associated data)', () => {
    const row = toRow(cipher, decided());
    expect(() => toDomain(cipher, Object.assign(row, { margin: row.application }))).toThrow();
  });
});
