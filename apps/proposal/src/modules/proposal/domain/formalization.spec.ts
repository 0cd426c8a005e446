import { examplePayload } from '@consignado/contracts';
import { AcceptanceWindow, acceptanceOverdue, formalizationIssued } from './formalization';

const issued = examplePayload('ContractIssued');
const ISSUED_AT = issued.issuedAt;

describe('formalization (R-LN-9)', () => {
  it('gives 72 hours by default and takes any whole number of minutes from one', () => {
    expect(new AcceptanceWindow().acceptBy(ISSUED_AT)).toBe('2025-02-13T13:20:01.000Z');
    expect(new AcceptanceWindow(1).acceptBy(ISSUED_AT)).toBe('2025-02-10T13:21:01.000Z');
    for (const minutes of [0, -5, 1.5, Number.NaN]) expect(() => new AcceptanceWindow(minutes)).toThrow(RangeError);
  });

  it('opens the formalization from ContractIssued with its deadline, and keeps an accepted one as accepted', () => {
    const opened = formalizationIssued(undefined, issued, new AcceptanceWindow(60));
    expect(opened).toEqual({ contractId: issued.contractId, documentHash: issued.documentHash, issuedAt: ISSUED_AT, acceptBy: '2025-02-10T14:20:01.000Z' });
    const accepted = { ...opened, acceptance: { acceptedAt: '2025-02-10T13:30:00.000Z', channel: 'CORBAN' as const, acceptedBy: 'p' } };
    expect(formalizationIssued(accepted, { ...issued, documentHash: 'f'.repeat(64) }, new AcceptanceWindow(60))).toBe(accepted);
  });

  it.each([
    ['nothing issued', undefined, '2030-01-01T00:00:00.000Z', false],
    ['before the deadline', {}, '2025-02-10T14:20:00.999Z', false],
    ['at the deadline', {}, '2025-02-10T14:20:01.000Z', false],
    ['past the deadline', {}, '2025-02-10T14:20:01.001Z', true],
    ['past the deadline but accepted', { acceptance: { acceptedAt: ISSUED_AT, channel: 'DIGITAL', acceptedBy: 'c' } }, '2025-02-11T00:00:00.000Z', false],
  ] as const)('expiry selection: %s → overdue %s', (_case, changes, now, overdue) => {
    const formalization = changes && { ...formalizationIssued(undefined, issued, new AcceptanceWindow(60)), ...changes };
    expect(acceptanceOverdue(formalization, new Date(now))).toBe(overdue);
  });
});
