import { brokerControl, waitFor } from '@consignado/testing';
import { randomUUID } from 'node:crypto';
import { MessagingWorld } from './support';

/**
 * (e) 5,000 events through outbox → relay → consumer while the broker is SIGKILLed and restarted
 * on the same data dir: afterwards each event has exactly one effect (R-EV-5).
 */
describe('broker crash in the middle of a stream', () => {
  let world: MessagingWorld;

  beforeAll(async () => {
    world = await MessagingWorld.create();
  });
  afterAll(async () => {
    await brokerControl('start'); // never leave the shared broker down, whatever happened
    await world.close();
  });

  it('loses nothing and duplicates no effect', async () => {
    const TOTAL = 5_000;
    const PER_TRANSACTION = 50;
    const group = world.group('chaos');
    const effects = () => world.count(`SELECT count(*) n FROM effects WHERE consumer = $1`, [group]);
    await world
      // After the broker restarts, the group waits for the pre-crash member's session to expire.
      .consumer({ groupId: group, transactionBatchSize: 50, sessionTimeout: 10_000 })
      .on('ProposalCancelled', async (envelope, ctx) => {
        await ctx.manager.query(`INSERT INTO effects (consumer, event_id, aggregate_id, envelope) VALUES ($1, $2, $3, '{}')`, [
          ctx.consumerGroup,
          envelope.eventId,
          envelope.aggregateId,
        ]);
      })
      .start();
    await world.relay({ batchSize: 200 });

    const aggregates = Array.from({ length: 100 }, () => randomUUID());
    let written = 0;
    const writer = (async () => {
      // A steady producer: ~50 events every 20 ms, through the outage as well (the outbox absorbs it).
      while (written < TOTAL) {
        await world.dataSource.transaction((manager) =>
          world.outbox.add(
            manager,
            Array.from({ length: PER_TRANSACTION }, (_, i) => world.proposalCancelled(aggregates[(written + i) % aggregates.length])),
          ),
        );
        written += PER_TRANSACTION;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();

    await waitFor(async () => (await effects()) >= 1_000, { description: 'a fifth of the stream', timeoutMs: 60_000 });
    const killed = await brokerControl('kill');
    expect(killed['killed']).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const during = await effects();
    await brokerControl('start');
    await writer;

    await waitFor(async () => (await effects()) >= TOTAL, { description: `${TOTAL} effects`, timeoutMs: 150_000, intervalMs: 500 });
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // let any late redelivery land
    const [row] = await world.dataSource.query(
      `SELECT count(*) AS total, count(DISTINCT event_id) AS distinct_events FROM effects WHERE consumer = $1`,
      [group],
    );
    expect({ total: Number(row.total), distinct: Number(row.distinct_events) }).toEqual({ total: TOTAL, distinct: TOTAL });
    expect(await world.count(`SELECT count(*) n FROM outbox WHERE sent_at IS NULL`)).toBe(0);
    expect(await world.count(`SELECT count(*) n FROM inbox WHERE consumer = $1`, [group])).toBe(TOTAL);
    expect(during).toBeLessThan(TOTAL); // the crash really happened mid-stream
  });
});
