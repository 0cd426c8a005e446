import { type EventEnvelope, type EventType, examplePayload } from '@consignado/contracts';
import { codecWithTopics, contractsCodec } from '../contracts-codec';
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

  describe('with the topic the message was read from', () => {
    const codec = codecWithTopics((type) => `ns-1.${type}`);
    const routed: DecodeRules<EventEnvelope> = { ...rules, topicFor: (type) => codec.topicFor(type as EventType) };
    const own = 'ns-1.ProposalCancelled';

    it('accepts a handled type on its own topic (the codec may be namespaced)', () => {
      const envelope = sampleEnvelope();
      expect(decodeMessage(kafkaMessage(0, envelope), routed, own)).toEqual({ kind: 'event', envelope });
    });

    it('dead-letters a handled type read from another topic as invalid-envelope, with its identifiers', () => {
      const envelope = sampleEnvelope();
      const decoded = decodeMessage(kafkaMessage(0, envelope), routed, 'ns-1.MarginChecked');
      expect(decoded).toMatchObject({ kind: 'dead', reason: 'invalid-envelope', envelope });
      expect(decoded.kind === 'dead' && decoded.error.message).toBe(
        'ProposalCancelled read from topic ns-1.MarginChecked; it belongs on ns-1.ProposalCancelled',
      );
      // The un-namespaced topic of the type is another topic too.
      expect(decodeMessage(kafkaMessage(0, envelope), routed, contractsCodec.topicFor('ProposalCancelled'))).toMatchObject({
        kind: 'dead',
        reason: 'invalid-envelope',
      });
    });

    it('dead-letters a declared ignored type read from another topic instead of skipping it', () => {
      const ignored = contractsCodec.create('ContractCancelled', { payload: examplePayload('ContractCancelled') });
      expect(decodeMessage(kafkaMessage(0, ignored), routed, 'ns-1.ContractCancelled')).toMatchObject({ kind: 'skip' });
      expect(decodeMessage(kafkaMessage(0, ignored), routed, own)).toMatchObject({ kind: 'dead', reason: 'invalid-envelope' });
    });

    it('keeps no-handler for a type the group does not know', () => {
      const other = contractsCodec.create('MarginCheckRequested', {
        payload: { proposalId: sampleEnvelope().aggregateId, cpf: '52998224725', benefitNumber: '1234567890' },
      });
      expect(decodeMessage(kafkaMessage(0, other), routed, own)).toMatchObject({ kind: 'dead', reason: 'no-handler' });
    });

    it('accepts a replayed dead letter on its original topic, and still skips replays for other groups first', () => {
      const envelope = sampleEnvelope();
      const replay = { 'replayed-from-dlq': 'consignado.dlq.loan/0/1', 'replay-target-group': 'loan' };
      expect(decodeMessage(kafkaMessage(0, envelope, replay), routed, own)).toEqual({ kind: 'event', envelope });
      const forOther = { ...replay, 'replay-target-group': 'payment' };
      expect(decodeMessage(kafkaMessage(0, envelope, forOther), routed, 'ns-1.MarginChecked')).toMatchObject({ kind: 'skip' });
    });

    it('refuses a type the codec cannot route', () => {
      const throwing: DecodeRules<EventEnvelope> = { ...rules, topicFor: () => { throw new Error('unknown'); } };
      expect(decodeMessage(kafkaMessage(0, sampleEnvelope()), throwing, own)).toMatchObject({ kind: 'dead', reason: 'invalid-envelope' });
    });
  });

  it('skips declared ignored types and replays meant for another group', () => {
    const envelope = sampleEnvelope();
    expect(decodeMessage(kafkaMessage(0, envelope, { 'replay-target-group': 'payment' }), rules)).toMatchObject({ kind: 'skip' });
    expect(decodeMessage(kafkaMessage(0, envelope, { 'replay-target-group': 'loan' }), rules)).toMatchObject({ kind: 'event' });
  });
});
