import { IsoDate, Money } from '@consignado/finance';
import { denial } from './claim';
import { claimNumber } from './claim-number';
import { filed, later, paidIn, request } from './claim.fixture';
import { reviewPlanOf } from './outcome-script';

describe('Claim: filed, reviewed, decided', () => {
  it('is UNDER_REVIEW until the review ends, then PAID with the coverage amount, dated when the review ended', () => {
    const claim = filed();
    expect([claim.state.status, claim.review(later(1499)), claim.decidedAt, claim.paidAmount]).toEqual(['UNDER_REVIEW', false, undefined, undefined]);
    expect(claim.review(later(60_000))).toBe(true);
    expect([claim.state.status, claim.paidAmount?.toString(), claim.decidedAt?.toISOString()]).toEqual(['PAID', '8214.33', '2026-05-04T14:00:01.500Z']);
    expect(claim.review(later(120_000))).toBe(false);
  });

  it('ends as planned: DENIED with the reason and its pt-BR explanation, no amount', () => {
    const claim = filed({}, { verdict: denial('EXCLUDED_CAUSE'), reviewMs: 0 });
    expect(claim.review(later(0))).toBe(true);
    expect([claim.state.status, claim.state.verdict, claim.paidAmount]).toEqual(['DENIED', { outcome: 'DENIED', reason: 'EXCLUDED_CAUSE', message: 'O sinistro decorre de causa excluída pela apólice.' }, undefined]);
  });

  it.each([
    ['2026-05-05', 'DENIED'],
    ['2026-05-04', 'PAID'],
    ['2025-12-31', 'PAID'],
  ])('an event on %s filed on 2026-05-04 (Brasília) ends %s', (coverageDate, status) => {
    const claim = filed({ coverageDate: IsoDate.of(coverageDate) }, paidIn(0));
    claim.review(later(0));
    expect(claim.state.status).toBe(status);
    if (status === 'DENIED') expect(claim.state.verdict).toMatchObject({ reason: 'INVALID_EVENT_DATE' });
  });

  it('knows the same filing again, and a different one', () => {
    const claim = filed();
    expect(claim.isSameFiling(request({ coverageAmount: Money.of('8214.33') }))).toBe(true);
    expect(claim.isSameFiling(request({ coverageAmount: Money.of('8214.34') }))).toBe(false);
    expect(claim.isSameFiling(request({ policyNumber: 'PRST-2026-000124' }))).toBe(false);
    expect(claim.isSameFiling(request({ coverageDate: IsoDate.of('2026-05-03') }))).toBe(false);
  });
});

describe('the review plan and the claim number', () => {
  it('pays after the desk’s review time unless a script says otherwise', () => {
    expect(reviewPlanOf(undefined, 1500)).toEqual({ verdict: { outcome: 'PAID' }, reviewMs: 1500 });
    expect(reviewPlanOf({ verdict: denial('POLICY_NOT_IN_FORCE', 'Apólice cancelada em 2025.'), remaining: 1 }, 1500)).toEqual({
      verdict: { outcome: 'DENIED', reason: 'POLICY_NOT_IN_FORCE', message: 'Apólice cancelada em 2025.' }, reviewMs: 1500,
    });
    expect(reviewPlanOf({ verdict: { outcome: 'PAID' }, reviewMs: 60_000, remaining: 2 }, 1500).reviewMs).toBe(60_000);
  });

  it.each([
    [2026, 42n, 'SIN-2026-000042'],
    [2027, 1n, 'SIN-2027-000001'],
    [2026, 1_234_567n, 'SIN-2026-1234567'],
  ])('numbers claim %i/%s as %s', (year, sequence, number) => {
    expect(claimNumber(year, sequence)).toBe(number);
  });

  it('refuses a sequence below 1', () => {
    expect(() => claimNumber(2026, 0n)).toThrow(RangeError);
  });
});
