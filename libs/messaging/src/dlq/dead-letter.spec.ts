import { kafkaMessage, sampleEnvelope } from '../testing/fakes';
import { buildDeadLetter, describeError, stackSummary } from './dead-letter';
import { replayMessage } from './replay';

describe('dead-letter records', () => {
  it('keep the original message and the error, with envelope identifiers', () => {
    const envelope = sampleEnvelope();
    const message = kafkaMessage(42, envelope, { eventId: envelope.eventId });
    const record = buildDeadLetter({
      topic: 't',
      partition: 2,
      message,
      reason: 'retries-exhausted',
      error: Object.assign(new Error('db said no'), { code: 'LOAN.X' }),
      attempts: 5,
      consumerGroup: 'loan',
      envelope,
      now: new Date('2025-01-01T00:00:00Z'),
    });
    expect(record).toMatchObject({
      reason: 'retries-exhausted',
      attempts: 5,
      consumerGroup: 'loan',
      failedAt: '2025-01-01T00:00:00.000Z',
      eventId: envelope.eventId,
      eventType: 'ProposalCancelled',
      correlationId: envelope.metadata.correlationId,
      error: { name: 'Error', message: 'db said no', code: 'LOAN.X' },
      original: { topic: 't', partition: 2, offset: '42', key: 'key', headers: { eventId: envelope.eventId } },
    });
    expect(JSON.parse(record.original.value ?? '')).toEqual(envelope);
  });

  it('summarise stacks to their first lines', () => {
    expect(stackSummary('a\nb\nc\nd', 2)).toBe('a\nb');
    expect(describeError('plain')).toEqual({ name: 'Error', message: 'plain' });
  });

  it('replay the original key, value and headers, marked for one group', () => {
    const record = buildDeadLetter({
      topic: 't',
      partition: 0,
      message: kafkaMessage(7, 'not json', { eventId: 'e' }),
      reason: 'malformed',
      error: new Error('x'),
      attempts: 0,
      consumerGroup: 'loan',
    });
    expect(replayMessage(record, 'consignado.dlq.loan', 1, '9', 'loan')).toEqual({
      key: 'key',
      value: 'not json',
      headers: { eventId: 'e', 'replayed-from-dlq': 'consignado.dlq.loan/1/9', 'replay-target-group': 'loan' },
    });
  });
});
