import type { EventEnvelope } from '@consignado/contracts';
import { contractsCodec } from '../contracts-codec';
import { kafkaMessage, sampleEnvelope } from '../testing/fakes';
import { decodeMessage, type DecodeRules } from './decode';

describe('decodeMessage', () => {
  const rules: DecodeRules<EventEnvelope> = {
    consumerGroup: 'loan',
    validate: (value) => contractsCodec.validate(value),
    hasHandler: (type) => type === 'ProposalCancelled',
    ignored: new Set(['ContractCancelled']),
  };

  it('accepts a valid envelope with a handler', () => {
    const envelope = sampleEnvelope();
    expect(decodeMessage(kafkaMessage(0, envelope), rules)).toEqual({ kind: 'event', envelope });
  });

  it('dead-letters a value that is not JSON', () => {
    expect(decodeMessage(kafkaMessage(0, '{oops'), rules)).toMatchObject({ kind: 'dead', reason: 'malformed' });
  });

  it('dead-letters an envelope that breaks the schema, with every error', () => {
    const broken = { ...sampleEnvelope(), eventId: 'not-a-uuid', payload: {} };
    const decoded = decodeMessage(kafkaMessage(0, broken), rules);
    expect(decoded).toMatchObject({ kind: 'dead', reason: 'invalid-envelope' });
    expect(decoded.kind === 'dead' && decoded.error.message).toMatch(/eventId/);
  });

  it('dead-letters an event nobody handles instead of skipping it silently', () => {
    const other = contractsCodec.create('MarginCheckRequested', {
      payload: { proposalId: sampleEnvelope().aggregateId, cpf: '52998224725', benefitNumber: '1234567890' },
    });
    expect(decodeMessage(kafkaMessage(0, other), rules)).toMatchObject({ kind: 'dead', reason: 'no-handler' });
  });

  it('skips declared ignored types and replays meant for another group', () => {
    const envelope = sampleEnvelope();
    expect(decodeMessage(kafkaMessage(0, envelope, { 'replay-target-group': 'payment' }), rules)).toMatchObject({ kind: 'skip' });
    expect(decodeMessage(kafkaMessage(0, envelope, { 'replay-target-group': 'loan' }), rules)).toMatchObject({ kind: 'event' });
  });
});
