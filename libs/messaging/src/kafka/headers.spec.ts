import { sampleEnvelope } from '../testing/fakes';
import { decodeHeaders, envelopeHeaders } from './headers';

describe('headers', () => {
  it('carries the envelope identifiers, never the payload', () => {
    const envelope = sampleEnvelope();
    expect(envelopeHeaders(envelope)).toEqual({
      eventType: 'ProposalCancelled',
      eventId: envelope.eventId,
      correlationId: envelope.metadata.correlationId,
      version: '1',
    });
    const caused = sampleEnvelope({ metadata: { ...envelope.metadata, causationId: 'c-1' } });
    expect(envelopeHeaders(caused)['causationId']).toBe('c-1');
  });

  it('decodes Buffers and repeated headers to strings', () => {
    expect(decodeHeaders({ a: Buffer.from('x'), b: ['1', Buffer.from('2')], c: undefined })).toEqual({ a: 'x', b: '2' });
    expect(decodeHeaders(undefined)).toEqual({});
  });
});
