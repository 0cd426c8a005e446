import { examplePayload } from '@consignado/contracts';
import { erasureOf } from './erasure';

describe('erasureOf: what a DataSubjectErasureDecided asks of notification (R-SEC-3)', () => {
  const decided = { ...examplePayload('DataSubjectErasureDecided'), reason: undefined, retainedUntil: undefined };

  it('ANONYMIZE → erase the customer as of the decision', () => {
    const customerId = '0B5C8F0E-7D1A-4C33-9B1E-2F7A1C9D4E55';
    expect(erasureOf({ ...decided, decision: 'ANONYMIZE', customerId, decidedAt: '2032-03-01T10:00:01.000Z' })).toEqual({
      requestId: decided.requestId,
      customerId: customerId.toLowerCase(),
      origin: 'DATA_SUBJECT',
      asOf: new Date('2032-03-01T10:00:01.000Z'),
    });
  });

  it('RETAIN → nothing to erase', () => {
    expect(erasureOf(examplePayload('DataSubjectErasureDecided'))).toBeUndefined();
  });
});
