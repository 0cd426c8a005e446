import type { EntityManager } from 'typeorm';
import { codecWithTopics } from '../contracts-codec';
import { sampleEnvelope } from '../testing/fakes';
import { InvalidEnvelopeError, OutboxTransactionRequiredError, OutboxWriter } from './outbox-writer';

function recordingManager(inTransaction = true) {
  const calls: Array<{ sql: string; params: unknown[] }> = [];
  const manager = {
    queryRunner: { isTransactionActive: inTransaction },
    query: async (sql: string, params: unknown[]) => {
      calls.push({ sql, params });
      return [];
    },
  } as unknown as EntityManager;
  return { manager, calls };
}

describe('OutboxWriter', () => {
  const writer = new OutboxWriter({ codec: codecWithTopics((t) => `test.${t}`) });

  it('inserts the whole envelope, its topic, key and headers, and notifies the relay', async () => {
    const { manager, calls } = recordingManager();
    const [a, b] = [sampleEnvelope(), sampleEnvelope()];
    await writer.add(manager, [a, b]);
    expect(calls).toHaveLength(1);
    expect(calls[0].sql).toMatch(/^WITH ins AS \(INSERT INTO outbox .* SELECT pg_notify\('consignado_outbox', ''\)$/s);
    const [eventId, topic, key, type, payload, headers] = calls[0].params;
    expect([eventId, topic, key, type]).toEqual([a.eventId, 'test.ProposalCancelled', a.aggregateId, 'ProposalCancelled']);
    expect(JSON.parse(String(payload))).toEqual(a);
    expect(JSON.parse(String(headers))).toMatchObject({ eventId: a.eventId, correlationId: a.metadata.correlationId });
    expect(calls[0].params[6]).toBe(b.eventId);
  });

  it('refuses to write outside a transaction (R-EV-5)', async () => {
    const { manager } = recordingManager(false);
    await expect(writer.add(manager, sampleEnvelope())).rejects.toBeInstanceOf(OutboxTransactionRequiredError);
  });

  it('refuses an envelope that breaks its schema, writing nothing', async () => {
    const { manager, calls } = recordingManager();
    const broken = { ...sampleEnvelope(), occurredAt: 'yesterday' };
    await expect(writer.add(manager, [sampleEnvelope(), broken])).rejects.toBeInstanceOf(InvalidEnvelopeError);
    expect(calls).toHaveLength(0);
  });

  it('splits large inserts below the parameter limit', async () => {
    const { manager, calls } = recordingManager();
    await new OutboxWriter({ codec: codecWithTopics(() => 't'), notify: false }).add(
      manager,
      Array.from({ length: 2_500 }, () => sampleEnvelope()),
    );
    expect(calls.map((c) => c.params.length)).toEqual([6_000, 6_000, 3_000]);
    expect(calls[0].sql).toMatch(/^INSERT INTO outbox/);
  });
});
