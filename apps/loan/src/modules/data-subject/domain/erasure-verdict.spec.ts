import { IsoDate } from '@consignado/finance';
import { type CustomerContract, erasureVerdict } from './erasure-verdict';

const contract = (status: CustomerContract['status'], closedAt?: string): CustomerContract => ({ contractId: `c-${status}-${closedAt ?? 'open'}`, status, closedAt: closedAt ? new Date(closedAt) : undefined });
const on = (today: string, contracts: CustomerContract[], years = 10) => erasureVerdict(contracts, IsoDate.of(today), years);
const retained = (until: string) => ({ decision: 'RETAIN', reason: 'CONTRACT_RECORDS_RETENTION', retainedUntil: IsoDate.of(until) });

describe('erasureVerdict (LGPD art. 16 I): worked dates', () => {
  it('no contract: ANONYMIZE', () => expect(on('2026-05-25', [])).toEqual({ decision: 'ANONYMIZE' }));

  it.each(['PENDING_PORTABILITY', 'PENDING_AVERBATION', 'ACTIVE', 'AVERBATION_FAILED'] as const)('a contract %s (not closed): RETAIN CONTRACT_IN_FORCE, whatever else is closed', (status) => {
    expect(on('2060-01-01', [contract('SETTLED', '2026-05-25T18:00:00Z'), contract(status)])).toEqual({ decision: 'RETAIN', reason: 'CONTRACT_IN_FORCE' });
  });

  it('settled 2026-05-25, 10 years: retained until 2036-05-25; the day before RETAIN, that day and after ANONYMIZE', () => {
    const settled = [contract('SETTLED', '2026-05-25T18:00:00Z')];
    expect(on('2026-05-25', settled)).toEqual(retained('2036-05-25'));
    expect(on('2036-05-24', settled)).toEqual(retained('2036-05-25'));
    expect(on('2036-05-25', settled)).toEqual({ decision: 'ANONYMIZE' });
    expect(on('2036-05-26', settled)).toEqual({ decision: 'ANONYMIZE' });
  });

  it('the latest closing counts: cancelled 2026-03-12, settled 2030-07-10 → until 2040-07-10', () => {
    const closed = [contract('SETTLED', '2030-07-10T15:00:00Z'), contract('CANCELLED', '2026-03-12T15:00:00Z')];
    expect(on('2037-01-01', closed)).toEqual(retained('2040-07-10'));
    expect(on('2040-07-10', closed)).toEqual({ decision: 'ANONYMIZE' });
  });

  it("closing dates are Brazil's civil dates: 2026-05-26T01:30Z closed on 2026-05-25 (UTC−3)", () => {
    expect(on('2027-01-01', [contract('SETTLED', '2026-05-26T01:30:00Z')], 1)).toEqual(retained('2027-05-25'));
  });

  it('a leap day closes to 28 February: cancelled 2028-02-29, 5 years → 2033-02-28', () => {
    const closed = [contract('CANCELLED', '2028-02-29T12:00:00Z')];
    expect(on('2033-02-27', closed, 5)).toEqual(retained('2033-02-28'));
    expect(on('2033-02-28', closed, 5)).toEqual({ decision: 'ANONYMIZE' });
  });

  it('the configured years: settled 2026-05-25 with 1 year → 2027-05-25, with 30 → 2056-05-25', () => {
    const settled = [contract('SETTLED', '2026-05-25T18:00:00Z')];
    expect(on('2027-05-24', settled, 1)).toEqual(retained('2027-05-25'));
    expect(on('2027-05-25', settled, 1)).toEqual({ decision: 'ANONYMIZE' });
    expect(on('2040-01-01', settled, 30)).toEqual(retained('2056-05-25'));
  });

  it('a closed contract without its closing time is corrupt: it fails loudly', () => {
    expect(() => on('2040-01-01', [contract('SETTLED')])).toThrow(/SETTLED without a closing time/);
  });
});
