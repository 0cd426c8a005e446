import { createReliableProducer, type ProcessedEvent } from '../src';
import { waitFor } from '@consignado/testing';
import { MessagingWorld } from './support';

/** (b) a duplicated or redelivered event has exactly one effect (R-EV-5). */
describe('idempotent consumer under duplicate delivery', () => {
  let world: MessagingWorld;

  beforeAll(async () => {
    world = await MessagingWorld.create();
  });
  afterAll(() => world.close());

  const effectsOf = (group: string) => world.count(`SELECT count(*) n FROM effects WHERE consumer = $1`, [group]);

  function recordingConsumer(group: string, processed: ProcessedEvent[]) {
    return world
      .consumer({ groupId: group, onProcessed: (event) => processed.push(event) })
      .on('ProposalCancelled', async (envelope, ctx) => {
        await ctx.manager.query(`INSERT INTO effects (consumer, event_id, aggregate_id, envelope) VALUES ($1, $2, $3, '{}')`, [
          ctx.consumerGroup,
          envelope.eventId,
          envelope.aggregateId,
        ]);
      });
  }

  it('gives one effect to the same message produced twice', async () => {
    const group = world.group('twice');
    const processed: ProcessedEvent[] = [];
    await recordingConsumer(group, processed).start();
    const envelope = world.proposalCancelled();
    const producer = createReliableProducer(world.kafka);
    await producer.connect();
    const message = { key: envelope.aggregateId, value: JSON.stringify(envelope) };
    await producer.send({ topic: world.topic('ProposalCancelled'), messages: [message] });
    await producer.send({ topic: world.topic('ProposalCancelled'), messages: [message] });
    await producer.disconnect();

    await waitFor(() => processed.length === 2, { description: 'both deliveries processed' });
    expect(processed.map((p) => p.duplicate)).toEqual([false, true]);
    expect(await effectsOf(group)).toBe(1);
  });

  it('gives one effect when the offsets were never committed (crash after the database commit)', async () => {
    const group = world.group('crash');
    const topic = world.topic('ProposalCancelled');
    const envelopes = Array.from({ length: 30 }, () => world.proposalCancelled());
    const ours = new Set(envelopes.map((e) => e.eventId));
    // The topic also holds the previous test's message: count only this test's events.
    const ourEffects = () =>
      world.count(`SELECT count(*) n FROM effects WHERE consumer = $1 AND event_id = ANY($2::uuid[])`, [group, [...ours]]);
    await world.dataSource.transaction((manager) => world.outbox.add(manager, envelopes));
    const relay = await world.relay();

    const firstRun: ProcessedEvent[] = [];
    const first = recordingConsumer(group, firstRun);
    await first.start();
    await waitFor(async () => (await ourEffects()) === 30, { description: '30 effects', timeoutMs: 60_000 });
    await first.stop();
    await relay.stop();

    // The state a crash between database commit and offset commit leaves: effects committed, offsets not.
    const admin = world.kafka.admin();
    await admin.connect();
    await admin.resetOffsets({ groupId: group, topic, earliest: true });
    await admin.disconnect();

    const secondRun: ProcessedEvent[] = [];
    await recordingConsumer(group, secondRun).start();
    await waitFor(() => secondRun.filter((p) => ours.has(p.eventId)).length === 30, {
      description: 'all 30 redelivered',
      timeoutMs: 60_000,
    });
    expect(secondRun.filter((p) => ours.has(p.eventId)).every((p) => p.duplicate)).toBe(true);
    expect(await ourEffects()).toBe(30);
    expect(await effectsOf(group)).toBe(firstRun.filter((p) => !p.duplicate).length);
    expect(await world.count(`SELECT count(*) n FROM inbox WHERE consumer = $1`, [group])).toBe(await effectsOf(group));
  });
});
