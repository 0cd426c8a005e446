import { waitFor } from '@consignado/testing';
import { randomUUID } from 'node:crypto';
import { MessagingWorld } from './support';

/**
 * (d) per-aggregate order (R-EV-4) across 3 partitions, 2 relays claiming rows concurrently and
 * 2 consumer instances of one group (rebalancing while they work).
 */
describe('order per aggregate', () => {
  let world: MessagingWorld;

  beforeAll(async () => {
    world = await MessagingWorld.create();
  });
  afterAll(() => world.close());

  it('holds for 50 aggregates × 20 events', async () => {
    const AGGREGATES = 50;
    const EVENTS_EACH = 20;
    const group = world.group('order');
    const instances = [0, 1].map(() =>
      world.consumer({ groupId: group }).on('ProposalCancelled', async (envelope, ctx) => {
        await ctx.manager.query(`INSERT INTO effects (consumer, event_id, aggregate_id, envelope) VALUES ($1, $2, $3, '{}')`, [
          ctx.consumerGroup,
          envelope.eventId,
          envelope.aggregateId,
        ]);
      }),
    );
    await Promise.all(instances.map((c) => c.start()));
    // Small batches make the two relays interleave their claims.
    await world.relay({ batchSize: 37 });
    await world.relay({ batchSize: 37 });

    const aggregates = Array.from({ length: AGGREGATES }, () => randomUUID());
    for (let round = 0; round < EVENTS_EACH; round++) {
      // Each transaction advances every aggregate by one event, in a shuffled order.
      const order = [...aggregates].sort(() => Math.random() - 0.5);
      await world.dataSource.transaction((manager) =>
        world.outbox.add(manager, order.map((id) => world.proposalCancelled(id))),
      );
    }

    const total = AGGREGATES * EVENTS_EACH;
    await waitFor(async () => (await world.count(`SELECT count(*) n FROM effects WHERE consumer = $1`, [group])) >= total, {
      description: `${total} effects`,
      timeoutMs: 90_000,
      intervalMs: 250,
    });

    // Production order is the outbox id; observation order the effects id (assigned in the handler).
    const rows: Array<{ aggregate_id: string; produced: string }> = await world.dataSource.query(
      `SELECT e.aggregate_id, o.id AS produced FROM effects e JOIN outbox o ON o.event_id = e.event_id
       WHERE e.consumer = $1 ORDER BY e.id`,
      [group],
    );
    expect(rows).toHaveLength(total);
    const lastSeen = new Map<string, bigint>();
    const violations: string[] = [];
    for (const row of rows) {
      const produced = BigInt(row.produced);
      const previous = lastSeen.get(row.aggregate_id);
      if (previous !== undefined && produced <= previous) violations.push(`${row.aggregate_id}: ${produced} after ${previous}`);
      lastSeen.set(row.aggregate_id, produced);
    }
    expect(violations).toEqual([]);
    expect(lastSeen.size).toBe(AGGREGATES);
    const partitions = await world.dataSource.query(`SELECT DISTINCT partition FROM inbox WHERE consumer = $1`, [group]);
    expect(partitions).toHaveLength(3);
  });
});
