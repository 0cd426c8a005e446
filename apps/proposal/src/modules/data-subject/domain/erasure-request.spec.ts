import { ErasureRequest, type SubjectStanding } from './erasure-request';

const customerId = '5d2a7e10-3b4c-4d8e-9f01-2a3b4c5d6e7f';
const [p1, p2] = ['0b5e4c9a-6f1d-4c1b-9a57-3c2f1d0e8a11', '0b5e4c9a-6f1d-4c1b-9a57-3c2f1d0e8a12'];
const input = { id: '4e3d2c1b-0a9f-4e8d-9c7b-6a5f4e3d2c1b', customerId, origin: 'DATA_SUBJECT' as const, requestedBy: customerId, requestedAt: new Date('2031-03-01T12:00:00.000Z') };
const settled: SubjectStanding = { anonymized: false, proposals: [{ id: p1, final: true }, { id: p2, final: true }] };
const decided = { requestId: input.id, customerId, origin: 'DATA_SUBJECT' as const, proposalIds: [p1, p2], contractIds: [], decidedAt: '2031-03-01T12:00:01.000Z' };

describe('ErasureRequest', () => {
  it('opens PENDING with every proposal of the customer, raising the request for loan', () => {
    const { request, event } = ErasureRequest.open(input, settled);
    expect(request.props.state).toBe('PENDING');
    expect(event).toEqual({ requestId: input.id, customerId, origin: 'DATA_SUBJECT', proposalIds: [p1, p2], requestedAt: '2031-03-01T12:00:00.000Z' });
  });

  it('refuses while a proposal is in progress, naming it, and for a customer already anonymized', () => {
    expect(() => ErasureRequest.open(input, { anonymized: false, proposals: [{ id: p1, final: true }, { id: p2, final: false }] }))
      .toThrow(expect.objectContaining({ code: 'PERSONAL_DATA.PROPOSAL_IN_PROGRESS', details: { proposalIds: [p2] } }));
    expect(() => ErasureRequest.open(input, { ...settled, anonymized: true })).toThrow(expect.objectContaining({ code: 'PERSONAL_DATA.ALREADY_ANONYMIZED' }));
  });

  it("closes once on loan's decision: ANONYMIZED, or RETAINED with the reason and the date", () => {
    const anonymize = ErasureRequest.open(input, settled).request;
    expect(anonymize.close({ ...decided, decision: 'ANONYMIZE' })).toBe(true);
    expect(anonymize.props).toMatchObject({ state: 'ANONYMIZED', decidedAt: new Date('2031-03-01T12:00:01.000Z') });
    expect(anonymize.close({ ...decided, decision: 'RETAIN', reason: 'CONTRACT_IN_FORCE' })).toBe(false);
    expect(anonymize.props.state).toBe('ANONYMIZED');
    const retain = ErasureRequest.open(input, settled).request;
    retain.close({ ...decided, decision: 'RETAIN', reason: 'CONTRACT_RECORDS_RETENTION', retainedUntil: '2039-02-10', contractIds: [p1] });
    expect(retain.props).toMatchObject({ state: 'RETAINED', reason: 'CONTRACT_RECORDS_RETENTION', retainedUntil: '2039-02-10', contractIds: [p1] });
  });
});
