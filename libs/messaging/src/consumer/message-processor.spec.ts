import { examplePayload } from '@consignado/contracts';
import { type ContractEnvelopes, contractsCodec } from '../contracts-codec';
import type { DeadLetterRecord } from '../dlq/dead-letter';
import type { AnyEnvelope } from '../envelope';
import { PermanentError } from '../errors';
import { silentLogger } from '../logger';
import { OutboxWriter } from '../outbox/outbox-writer';
import { FakeControl, FakeDatabase, kafkaMessage, sampleEnvelope } from '../testing/fakes';
import { MessageProcessor } from './message-processor';
import type { EventHandler, ProcessedEvent } from './types';

type Handler = EventHandler<AnyEnvelope<ContractEnvelopes>, ContractEnvelopes>;

function setup(handler: Handler, overrides: { maxAttempts?: number; batch?: number } = {}) {
  const db = new FakeDatabase();
  const deadLetters: DeadLetterRecord[] = [];
  const processed: ProcessedEvent[] = [];
  const processor = new MessageProcessor<ContractEnvelopes>({
    consumerGroup: 'loan',
    codec: contractsCodec,
    outbox: new OutboxWriter({ codec: contractsCodec }),
    handlers: new Map([['ProposalCancelled', handler]]),
    ignored: new Set(),
    retry: { maxAttempts: overrides.maxAttempts ?? 3, baseDelayMs: 1, maxDelayMs: 2 },
    transactionBatchSize: overrides.batch ?? 1,
    permanentErrorCodes: new Set(['LOAN.NOT_FOUND']),
    transaction: (work) => db.transaction(work),
    publishDeadLetter: async (record) => void deadLetters.push(record),
    logger: silentLogger,
    onProcessed: (event) => processed.push(event),
  });
  const control = new FakeControl();
  const run = (values: unknown[], topic = contractsCodec.topicFor('ProposalCancelled'), headers?: Record<string, string>) =>
    processor.processBatch(topic, 0, values.map((v, i) => kafkaMessage(i, v, headers)), control);
  return { db, deadLetters, processed, control, run };
}

const recordEffect: Handler = async (envelope, ctx) => {
  await ctx.manager.query('INSERT INTO effects', [envelope.eventId]);
};

describe('MessageProcessor', () => {
  it('runs the handler once per eventId, even when the message comes twice', async () => {
    const { db, control, processed, run } = setup(recordEffect);
    const envelope = sampleEnvelope();
    await run([envelope, envelope]);
    expect(db.effects).toEqual([envelope.eventId]);
    expect(control.resolved).toEqual(['0', '1']);
    expect(processed.map((p) => p.duplicate)).toEqual([false, true]);
  });

  it('retries a failing handler, then succeeds without a second effect', async () => {
    let calls = 0;
    const { db, deadLetters, run } = setup(async (envelope, ctx) => {
      await ctx.manager.query('INSERT INTO effects', [envelope.eventId]);
      if (++calls < 3) throw new Error('transient');
    });
    await run([sampleEnvelope()]);
    expect(calls).toBe(3);
    expect(db.effects).toHaveLength(1);
    expect(deadLetters).toHaveLength(0);
  });

  it('dead-letters after the last attempt, with the error and attempts, and moves on', async () => {
    const poison = sampleEnvelope();
    const good = sampleEnvelope();
    const { db, deadLetters, control, run } = setup(async (envelope, ctx) => {
      if (envelope.eventId === poison.eventId) throw new Error('always fails');
      await recordEffect(envelope, ctx);
    });
    await run([poison, good]);
    expect(deadLetters).toHaveLength(1);
    expect(deadLetters[0]).toMatchObject({ reason: 'retries-exhausted', attempts: 3, eventId: poison.eventId, error: { message: 'always fails' } });
    expect(db.effects).toEqual([good.eventId]);
    expect(db.inbox.size).toBe(1); // the failed attempt's inbox row was rolled back
    expect(control.resolved).toEqual(['0', '1']);
  });

  it('dead-letters a permanent error at once', async () => {
    let calls = 0;
    const { deadLetters, run } = setup(async () => {
      calls += 1;
      throw Object.assign(new Error('unknown contract'), { code: 'LOAN.NOT_FOUND' });
    });
    await run([sampleEnvelope()]);
    expect(calls).toBe(1);
    expect(deadLetters[0]).toMatchObject({ reason: 'permanent-error', attempts: 1, error: { code: 'LOAN.NOT_FOUND' } });
    const second = setup(async () => {
      throw new PermanentError('bad');
    });
    await second.run([sampleEnvelope()]);
    expect(second.deadLetters[0].reason).toBe('permanent-error');
  });

  it('dead-letters malformed and invalid messages without calling the handler', async () => {
    const handler = jest.fn(recordEffect);
    const { deadLetters, control, run } = setup(handler);
    await run(['not json', { ...sampleEnvelope(), metadata: {} }]);
    expect(handler).not.toHaveBeenCalled();
    expect(deadLetters.map((d) => [d.reason, d.attempts])).toEqual([
      ['malformed', 0],
      ['invalid-envelope', 0],
    ]);
    expect(control.resolved).toEqual(['0', '1']);
  });

  it('dead-letters a handled type read from another topic, unread, and moves on', async () => {
    const handler = jest.fn(recordEffect);
    const { db, deadLetters, control, run } = setup(handler);
    const envelope = sampleEnvelope();
    const wrongTopic = contractsCodec.topicFor('ContractCancelled');
    await run([envelope], wrongTopic);
    expect(handler).not.toHaveBeenCalled();
    expect(db.inbox.size).toBe(0);
    expect(deadLetters).toHaveLength(1);
    expect(deadLetters[0]).toMatchObject({
      reason: 'invalid-envelope',
      attempts: 0,
      eventId: envelope.eventId,
      original: { topic: wrongTopic },
    });
    expect(deadLetters[0].error.message).toMatch(/ProposalCancelled read from topic/);
    expect(control.resolved).toEqual(['0']);
  });

  it('handles a replayed dead letter, republished to its original topic for this group', async () => {
    const handler = jest.fn(recordEffect);
    const { db, deadLetters, run } = setup(handler);
    const envelope = sampleEnvelope();
    await run([envelope], contractsCodec.topicFor('ProposalCancelled'), {
      'replayed-from-dlq': 'consignado.dlq.loan/0/3',
      'replay-target-group': 'loan',
    });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(db.effects).toEqual([envelope.eventId]);
    expect(deadLetters).toHaveLength(0);
  });

  it('waits out database outages without spending attempts', async () => {
    let calls = 0;
    const { db, deadLetters, run } = setup(async (envelope, ctx) => {
      if (++calls <= 4) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      await recordEffect(envelope, ctx);
    }, { maxAttempts: 2 });
    await run([sampleEnvelope()]);
    expect(deadLetters).toHaveLength(0);
    expect(db.effects).toHaveLength(1);
  }, 10_000);

  it('leaves the message unresolved when the consumer stops during retries', async () => {
    const { control, run } = setup(async () => {
      control.running = false;
      throw new Error('transient');
    });
    await run([sampleEnvelope(), sampleEnvelope()]);
    expect(control.resolved).toEqual([]);
  });

  it('emits child events with the correlation chain, in the same transaction', async () => {
    const [cause, failing] = [sampleEnvelope(), sampleEnvelope()];
    const { db, run } = setup(async (envelope, ctx) => {
      await ctx.emit('ContractCancelled', { payload: examplePayload('ContractCancelled') });
      if (envelope.eventId === failing.eventId) throw new PermanentError('rolled back with its emit');
    });
    await run([cause, failing]);
    expect(db.outbox).toHaveLength(1);
    const child = JSON.parse(String(db.outbox[0][4]));
    expect(child.metadata).toMatchObject({ correlationId: cause.metadata.correlationId, causationId: cause.eventId });
  });

  it('fails the handler at an invalid emit, writing nothing', async () => {
    const { db, deadLetters, run } = setup(async (envelope, ctx) => {
      await recordEffect(envelope, ctx);
      await ctx.emit('ContractCancelled', { payload: { ...examplePayload('ContractCancelled'), contractId: 'not-a-uuid' } });
    });
    await run([sampleEnvelope()]);
    expect(db.effects).toEqual([]);
    expect(db.outbox).toEqual([]);
    expect(deadLetters.map((d) => d.reason)).toEqual(['retries-exhausted']);
  });

  describe('with transaction batching', () => {
    it("writes the group's emits in one statement, in emit order", async () => {
      const { db, run } = setup(
        async (envelope, ctx) => {
          for (const amountToReturn of ['1.00', '2.00']) {
            await ctx.emit('ContractCancelled', { payload: { ...examplePayload('ContractCancelled'), proposalId: envelope.eventId, amountToReturn } });
          }
        },
        { batch: 10 },
      );
      const causes = [sampleEnvelope(), sampleEnvelope(), sampleEnvelope()];
      await run(causes);
      expect(db.outboxStatements).toBe(1);
      const written = db.outbox.map((row) => JSON.parse(String(row[4])));
      expect(written.map((e) => [e.metadata.causationId, e.payload.proposalId, e.payload.amountToReturn])).toEqual(
        causes.flatMap((c) => [[c.eventId, c.eventId, '1.00'], [c.eventId, c.eventId, '2.00']]),
      );
    });

    it('commits a run of events in one transaction', async () => {
      const { db, control, run } = setup(recordEffect, { batch: 10 });
      await run(Array.from({ length: 25 }, () => sampleEnvelope()));
      expect(db.effects).toHaveLength(25);
      expect(db.transactions).toBe(3);
      expect(control.resolved).toEqual(['9', '19', '24']);
    });

    it('treats a second copy inside the same group as a duplicate', async () => {
      const { db, processed, run } = setup(recordEffect, { batch: 10 });
      const [a, b] = [sampleEnvelope(), sampleEnvelope()];
      await run([a, a, b]);
      expect(db.effects).toEqual([a.eventId, b.eventId]);
      expect(processed.map((p) => p.duplicate)).toEqual([false, true, false]);
      expect(db.transactions).toBe(1);
    });

    it('falls back to one transaction per event when one of them fails', async () => {
      const poison = sampleEnvelope();
      const { db, deadLetters, control, run } = setup(
        async (envelope, ctx) => {
          if (envelope.eventId === poison.eventId) throw new PermanentError('bad');
          await recordEffect(envelope, ctx);
        },
        { batch: 10 },
      );
      const before = [sampleEnvelope(), sampleEnvelope()];
      await run([...before, poison, sampleEnvelope()]);
      expect(db.effects).toHaveLength(3);
      expect(deadLetters).toHaveLength(1);
      expect(control.resolved).toEqual(['0', '1', '2', '3']);
    });

    it('stops a run at a message that is not a handleable event', async () => {
      const { db, deadLetters, control, run } = setup(recordEffect, { batch: 10 });
      await run([sampleEnvelope(), 'garbage', sampleEnvelope(), sampleEnvelope()]);
      expect(db.effects).toHaveLength(3);
      expect(deadLetters).toHaveLength(1);
      expect(control.resolved).toEqual(['0', '1', '3']);
    });
  });
});
