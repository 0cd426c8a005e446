import { createEnvelope, examplePayload, validateEnvelope } from '@consignado/contracts';
import { IsoDate } from '@consignado/finance';
import { decideErasure, erasureDecided } from './erasure-decision';

const request = examplePayload('DataSubjectErasureRequested');
const now = new Date('2036-05-24T13:00:00.000Z');
const today = IsoDate.of('2036-05-24');
const settled = { contractId: '11111111-2222-4333-8444-555555555555', status: 'SETTLED' as const, closedAt: new Date('2026-05-25T18:00:00Z') };
const active = { contractId: '11111111-2222-4333-8444-666666666666', status: 'ACTIVE' as const };

describe('erasureDecided (DataSubjectErasureDecided)', () => {
  it('RETAIN within the retention: reason and retainedUntil; the proposals echoed, every contract named', () => {
    const payload = erasureDecided(decideErasure(request, [settled], today, now, 10));
    expect(payload).toEqual({
      requestId: request.requestId, customerId: request.customerId, origin: 'DATA_SUBJECT', decision: 'RETAIN', proposalIds: request.proposalIds,
      contractIds: [settled.contractId], reason: 'CONTRACT_RECORDS_RETENTION', retainedUntil: '2036-05-25', decidedAt: '2036-05-24T13:00:00.000Z',
    });
  });

  it('RETAIN while a contract is in force: the reason, no date', () => {
    const payload = erasureDecided(decideErasure(request, [settled, active], today, now, 10));
    expect(payload).toMatchObject({ decision: 'RETAIN', reason: 'CONTRACT_IN_FORCE', contractIds: [settled.contractId, active.contractId] });
    expect(payload).not.toHaveProperty('retainedUntil');
  });

  it('ANONYMIZE: neither reason nor date; a valid catalogue event every way', () => {
    const anonymize = erasureDecided(decideErasure({ ...request, proposalIds: [] }, [], today, now, 10));
    expect(anonymize).toEqual({ requestId: request.requestId, customerId: request.customerId, origin: 'DATA_SUBJECT', decision: 'ANONYMIZE', proposalIds: [], contractIds: [], decidedAt: now.toISOString() });
    for (const payload of [anonymize, erasureDecided(decideErasure(request, [settled], today, now, 10)), erasureDecided(decideErasure(request, [active], today, now, 10))]) {
      const result = validateEnvelope(createEnvelope('DataSubjectErasureDecided', { payload }));
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
  });
});
