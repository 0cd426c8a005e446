import { examplePayload, type EventEnvelope } from '@consignado/contracts';
import { HEADER } from '../src';
import { collectMessages, waitFor } from '@consignado/testing';
import { randomUUID } from 'node:crypto';
import { MessagingWorld } from './support';

/** (a) state change + outbox in one transaction → relay → consumer → inbox + effect (R-EV-5). */
describe('outbox → relay → idempotent consumer round trip', () => {
  let world: MessagingWorld;

  beforeAll(async () => {
    world = await MessagingWorld.create();
  });
  afterAll(() => world.close());

  it('delivers the envelope intact, records the inbox, and propagates correlation to caused events', async () => {
    const seen: EventEnvelope[] = [];
    const group = world.group('loan');
    const consumer = world.consumer({ groupId: group });
    consumer.on('ProposalCancelled', async (envelope, ctx) => {
      seen.push(envelope);
      await ctx.manager.query(`INSERT INTO effects (consumer, event_id, aggregate_id, envelope) VALUES ($1, $2, $3, $4)`, [
        ctx.consumerGroup,
        envelope.eventId,
        envelope.aggregateId,
        JSON.stringify(envelope),
      ]);
      await ctx.emit('ContractCancelled', {
        payload: { ...examplePayload('ContractCancelled'), proposalId: envelope.payload.proposalId, contractId: randomUUID() },
      });
    });
    const notification = world.consumer({ groupId: world.group('notification') });
    const children: EventEnvelope[] = [];
    notification.on('ContractCancelled', async (envelope) => void children.push(envelope));
    await Promise.all([consumer.start(), notification.start()]);
    await world.relay();

    const proposalId = randomUUID();
    const envelope = world.proposalCancelled(proposalId, { userId: 'operator-7' });
    await world.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO proposals (id, status) VALUES ($1, 'CANCELLED')`, [proposalId]);
      await world.outbox.add(manager, envelope);
    });

    await waitFor(() => children.length === 1, { description: 'the caused ContractCancelled', timeoutMs: 60_000 });
    expect(seen).toEqual([envelope]);
    const [effect] = await world.dataSource.query(`SELECT envelope FROM effects WHERE event_id = $1`, [envelope.eventId]);
    expect(effect.envelope).toEqual(envelope);
    expect(await world.count(`SELECT count(*) n FROM inbox WHERE consumer = $1 AND event_id = $2`, [group, envelope.eventId])).toBe(1);
    expect(children[0].metadata).toEqual({
      correlationId: envelope.metadata.correlationId,
      causationId: envelope.eventId,
      userId: 'operator-7',
      channel: null,
    });
    expect(await world.count(`SELECT count(*) n FROM outbox WHERE sent_at IS NULL`)).toBe(0);
  });

  it('publishes keyed by aggregateId with the identifying headers', async () => {
    const envelope = world.proposalCancelled();
    await world.dataSource.transaction((manager) => world.outbox.add(manager, envelope));
    const messages = await collectMessages(world.kafka, world.topic('ProposalCancelled'), 2);
    const found = messages.find((m) => m.message.headers?.[HEADER.eventId]?.toString() === envelope.eventId);
    expect(found?.message.key?.toString()).toBe(envelope.aggregateId);
    expect(JSON.parse(found?.message.value?.toString() ?? '')).toEqual(envelope);
    expect(Object.fromEntries(Object.entries(found?.message.headers ?? {}).map(([k, v]) => [k, v?.toString()]))).toEqual({
      eventType: 'ProposalCancelled',
      eventId: envelope.eventId,
      correlationId: envelope.metadata.correlationId,
      version: '1',
    });
  });

  it('publishes nothing when the state change rolls back', async () => {
    const envelope = world.proposalCancelled();
    await expect(
      world.dataSource.transaction(async (manager) => {
        await world.outbox.add(manager, envelope);
        throw new Error('business rule failed after the event was written');
      }),
    ).rejects.toThrow('business rule failed');
    expect(await world.count(`SELECT count(*) n FROM outbox WHERE event_id = $1`, [envelope.eventId])).toBe(0);
  });
});
