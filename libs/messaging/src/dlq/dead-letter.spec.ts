import { createHash } from 'node:crypto';
import type { KafkaMessage } from 'kafkajs';
import { kafkaMessage, sampleEnvelope } from '../testing/fakes';
import {
  buildDeadLetter,
  DEFAULT_MAX_RECORD_BYTES,
  describeError,
  fitDeadLetter,
  serializedSize,
  stackSummary,
  TRUNCATED_VALUE_BYTES,
} from './dead-letter';
import { replayDecision, replayMessage } from './replay';

const rawMessage = (value: Buffer): KafkaMessage => ({ ...kafkaMessage(3, 'x', { eventId: 'e' }), value });
const sha256 = (value: Buffer) => createHash('sha256').update(value).digest('hex');

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

  describe('with a value too big for one Kafka message', () => {
    // 1.5 MB of control characters: each becomes six bytes (\u0001) once JSON-escaped.
    const huge = Buffer.alloc(1_500_000, 1);
    const build = (value: Buffer, limits?: { maxRecordBytes?: number; truncatedValueBytes?: number }) =>
      buildDeadLetter({
        topic: 't',
        partition: 0,
        message: rawMessage(value),
        reason: 'malformed',
        error: new Error('value is not JSON'),
        attempts: 0,
        consumerGroup: 'loan',
        limits,
      });

    it('keeps a prefix of the value, with its size and hash, under the limit', () => {
      const record = build(huge);
      expect(serializedSize(record)).toBeLessThanOrEqual(DEFAULT_MAX_RECORD_BYTES);
      expect(record.original).toMatchObject({ truncated: true, byteLength: 1_500_000, sha256: sha256(huge) });
      expect(record.original.value).toBe(huge.subarray(0, TRUNCATED_VALUE_BYTES).toString('utf8'));
      expect(record.original.headers).toEqual({ eventId: 'e' });
      expect(record).toMatchObject({ reason: 'malformed', error: { message: 'value is not JSON' } });
    });

    it('cuts a 300 kB control-character value that is ~1.8 MB escaped', () => {
      const value = Buffer.alloc(300_000, 0x1f);
      expect(serializedSize(build(value, { maxRecordBytes: 10_000_000 }))).toBeGreaterThan(1_700_000);
      const record = build(value);
      expect(serializedSize(record)).toBeLessThanOrEqual(DEFAULT_MAX_RECORD_BYTES);
      expect(record.original).toMatchObject({ truncated: true, byteLength: 300_000, sha256: sha256(value) });
    });

    it('leaves a record that fits untouched', () => {
      const value = Buffer.alloc(100_000, 0x61);
      const record = build(value);
      expect(record.original.value).toBe(value.toString('utf8'));
      expect(record.original).not.toHaveProperty('truncated');
      expect(record.original).not.toHaveProperty('sha256');
    });

    it('shrinks the prefix further when even it does not fit, never splitting a character', () => {
      const value = Buffer.from('é'.repeat(50_000), 'utf8'); // 100 000 bytes, two per character
      const record = build(value, { maxRecordBytes: 20_000, truncatedValueBytes: 30_001 });
      expect(serializedSize(record)).toBeLessThanOrEqual(20_000);
      expect(record.original.value).toMatch(/^é+$/);
      expect(record.original).toMatchObject({ truncated: true, byteLength: 100_000, sha256: sha256(value) });
    });

    it('keeps the full size and hash when a truncated record is cut again', () => {
      const first = build(huge);
      const again = fitDeadLetter(first, { maxRecordBytes: 50_000 });
      expect(serializedSize(again)).toBeLessThanOrEqual(50_000);
      expect(again.original).toMatchObject({ truncated: true, byteLength: 1_500_000, sha256: sha256(huge) });
    });

    it('is refused by replay rather than republished cut', () => {
      const record = build(huge);
      const whole = build(Buffer.from('small'));
      expect(replayDecision(record, { includeUnreplayable: true })).toBe('truncated');
      expect(replayDecision(whole, { includeUnreplayable: true })).toBe('replay');
      expect(replayDecision(record, {})).toBe('skip'); // malformed: passed over before the size matters
      const retried = { ...record, reason: 'retries-exhausted' as const };
      expect(replayDecision(retried, {})).toBe('truncated');
      expect(replayDecision(retried, { filter: () => false })).toBe('skip');
      expect(() => replayMessage(record, 'consignado.dlq.loan', 0, '5', 'loan')).toThrow(
        /consignado\.dlq\.loan\/0\/5 cannot be replayed: its value was truncated \(1500000 bytes, sha256 [0-9a-f]{64}\)/,
      );
    });
  });
});
