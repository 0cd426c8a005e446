import { examplePayload } from '@consignado/contracts';
import { createIsolatedSchema, testEndpoints, uniqueName } from '@consignado/testing';
import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import {
  codecWithTopics,
  type ContractEnvelopes,
  createKafka,
  createReliableProducer,
  ensureTopics,
  IdempotentConsumer,
  messagingMigrations,
  OutboxRelay,
  OutboxWriter,
  silentLogger,
} from '../src';
import { formatRun, perSecond, type RunResult, until } from './stats';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 20_000);
const PHASE_TIMEOUT_MS = 150_000;
const WRITE_TRANSACTION = 100; // events per producing transaction (a busy service)
const RAW_BATCH = 500;
/** Concurrent producing transactions in the burst runs (a service's requests and handlers overlap). */
const WRITERS = Number(process.env['BENCH_WRITERS'] ?? 1);
/** Events per consumer transaction in the batched runs: libs/eventing's SERVICE_TRANSACTION_BATCH, the services' mode. */
const SERVICES_BATCH = 50;
/** BENCH_HANDLER=none: handlers write nothing, so the runs show the backbone alone (outbox, relay, inbox). */
const EFFECT_ROW = process.env['BENCH_HANDLER'] !== 'none';

/** Raw kafkajs: the same producer settings, sendBatch of RAW_BATCH, an eachBatch consumer doing nothing. */
async function rawKafka(kafka: Kafka, valueSize: number): Promise<RunResult> {
  const topic = uniqueName('bench.raw');
  await ensureTopics(kafka, [topic]);
  const latencies: number[] = [];
  const consumer = kafka.consumer({ groupId: uniqueName('bench.raw'), maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachBatch: async ({ batch }) => {
      const now = Date.now();
      for (const m of batch.messages) latencies.push(now - Number(m.headers?.['sentAt']?.toString()));
    },
  });
  const producer = createReliableProducer(kafka);
  await producer.connect();
  const padding = 'x'.repeat(Math.max(0, valueSize - 60));
  const started = Date.now();
  for (let sent = 0; sent < EVENTS; sent += RAW_BATCH) {
    const sentAt = String(Date.now());
    const messages = Array.from({ length: Math.min(RAW_BATCH, EVENTS - sent) }, () => {
      const key = randomUUID();
      return { key, value: JSON.stringify({ key, padding }), headers: { sentAt } };
    });
    await producer.send({ topic, acks: -1, messages });
  }
  await until(() => latencies.length >= EVENTS, PHASE_TIMEOUT_MS, 'raw consume');
  const seconds = (Date.now() - started) / 1000;
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  return { label: 'raw kafkajs produce → consume (ceiling)', events: EVENTS, seconds, latenciesMs: latencies };
}

/**
 * How the events reach the outbox: `burst` as fast as the writers can while the relay runs;
 * `drain` all written first with the relay stopped, then relay + consumer timed alone (the
 * backbone's own rate); `paced` at a fixed rate (the latency of an unsaturated pipeline).
 */
type Feed = { kind: 'burst' } | { kind: 'drain' } | { kind: 'paced'; perSecond: number; events: number };

/** The library end to end: writer transactions → outbox → relay → consumer (inbox + one effect row, unless BENCH_HANDLER=none). */
async function pipeline(kafka: Kafka, transactionBatchSize: number, feed: Feed): Promise<RunResult> {
  const total = feed.kind === 'paced' ? feed.events : EVENTS;
  const prefix = uniqueName('bench.pipe');
  const codec = codecWithTopics((t) => `${prefix}.${t}`);
  const db = await createIsolatedSchema({ migrations: messagingMigrations, poolSize: 12 });
  await db.dataSource.query(`CREATE TABLE effects (event_id uuid NOT NULL, aggregate_id uuid NOT NULL)`);
  const outbox = new OutboxWriter({ codec });
  const latencies: number[] = [];
  let processed = 0;
  const consumer = new IdempotentConsumer<ContractEnvelopes>({
    kafka,
    dataSource: db.dataSource,
    groupId: `${prefix}.consumer`,
    codec,
    logger: silentLogger,
    transactionBatchSize,
    maxWaitTimeInMs: 100,
    onProcessed: (event) => {
      latencies.push(Date.now() - Date.parse(event.occurredAt));
      processed += 1;
    },
  }).on('ProposalCancelled', async (envelope, ctx) => {
    if (EFFECT_ROW) await ctx.manager.query(`INSERT INTO effects (event_id, aggregate_id) VALUES ($1, $2)`, [envelope.eventId, envelope.aggregateId]);
  });
  const newRelay = () => new OutboxRelay({ dataSource: db.dataSource, kafka, logger: silentLogger, batchSize: 1_000 });
  const relays = [newRelay()];
  const event = () =>
    codec.create('ProposalCancelled', { payload: { ...examplePayload('ProposalCancelled'), proposalId: randomUUID() } });
  try {
    await consumer.start();
    await relays[0].start();
    // Warm-up: one event through, so group join and connections are not measured.
    await db.dataSource.transaction((m) => outbox.add(m, event()));
    await until(() => processed === 1, PHASE_TIMEOUT_MS, 'warm-up');
    latencies.length = 0;
    processed = 0;
    if (feed.kind === 'drain') await relays[0].stop();
    let started = Date.now();
    // Paced: one transaction of 10 events every 10/rate seconds; otherwise as fast as the writers can.
    const perTransaction = feed.kind === 'paced' ? 10 : WRITE_TRANSACTION;
    let claimed = 0;
    const writer = async () => {
      for (let written = claimed; written < total; written = claimed) {
        claimed += perTransaction;
        const batch = Array.from({ length: Math.min(perTransaction, total - written) }, event);
        await db.dataSource.transaction((m) => outbox.add(m, batch));
        if (feed.kind === 'paced') await sleepUntil(started + ((written + perTransaction) / feed.perSecond) * 1000);
      }
    };
    await Promise.all(Array.from({ length: feed.kind === 'paced' ? 1 : WRITERS }, writer));
    if (feed.kind === 'drain') {
      relays.push(newRelay());
      started = Date.now();
      await relays[1].start();
    }
    await until(() => processed >= total, PHASE_TIMEOUT_MS, `pipeline (transactions of ${transactionBatchSize})`);
    const seconds = (Date.now() - started) / 1000;
    await printStages(db.dataSource, seconds, feed.kind === 'drain' ? started : undefined);
    const mode = feed.kind === 'paced' ? `paced ${feed.perSecond}/s` : feed.kind === 'drain' ? 'drain written' : 'burst';
    const label = `outbox → consumer, ${mode}, ${transactionBatchSize === 1 ? '1 event' : `≤${transactionBatchSize} events`}/consumer tx${transactionBatchSize === SERVICES_BATCH ? '*' : ''}`;
    return { label, events: total, seconds, latenciesMs: feed.kind === 'drain' ? [] : latencies };
  } finally {
    await Promise.all([consumer.stop(), ...relays.map((r) => r.stop())]);
    await db.drop();
  }
}

/** When the last event was written and published, and all consumed; a drain's from its start (`drainedFrom`). */
async function printStages(dataSource: DataSource, seconds: number, drainedFrom?: number): Promise<void> {
  const [at] = await dataSource.query(`
    SELECT extract(epoch FROM min(created_at)) * 1000 AS first, extract(epoch FROM max(created_at)) * 1000 AS written,
           extract(epoch FROM max(sent_at)) * 1000 AS published
    FROM outbox`);
  const after = (ms: unknown, from: number) => `${((Number(ms) - from) / 1000).toFixed(2)} s`;
  const consumed = `all consumed after ${seconds.toFixed(2)} s`;
  if (drainedFrom !== undefined) console.log(`  (drain: all published after ${after(at.published, drainedFrom)}, ${consumed})`);
  else console.log(`  (stages: all written after ${after(at.written, Number(at.first))}, all published after ${after(at.published, Number(at.first))}, ${consumed})`);
}

const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));

/** Sample envelope size, so the raw run moves values of the same size. */
function envelopeSize(): number {
  const codec = codecWithTopics(() => 't');
  return JSON.stringify(codec.create('ProposalCancelled', { payload: examplePayload('ProposalCancelled') })).length;
}

/** `BENCH_MODES` (default all): raw, 1, 50 (events per consumer transaction), drain, paced. */
const MODES = new Set((process.env['BENCH_MODES'] ?? `raw,1,${SERVICES_BATCH},drain,paced`).split(',').map((m) => m.trim()));

export async function main(): Promise<void> {
  const brokers = testEndpoints().kafkaBrokers;
  const kafka = createKafka({ clientId: uniqueName('bench'), brokers, logger: silentLogger });
  const size = envelopeSize();
  console.log(`messaging bench: ${EVENTS} events of ~${size} bytes, 3 partitions, brokers ${brokers.join(',')}`);
  const raw = MODES.has('raw') ? await rawKafka(kafka, size) : undefined;
  if (raw) console.log(formatRun(raw));
  const runs: Array<[number, Feed]> = [
    [1, { kind: 'burst' }],
    [SERVICES_BATCH, { kind: 'burst' }],
    [SERVICES_BATCH, { kind: 'drain' }],
  ];
  for (const [batch, feed] of runs.filter(([b, f]) => MODES.has(f.kind === 'drain' ? 'drain' : String(b)))) {
    const run = await pipeline(kafka, batch, feed);
    const ratio = raw ? `   ${((perSecond(run) / perSecond(raw)) * 100).toFixed(1)}% of raw` : '';
    console.log(`${formatRun(run)}${ratio}`);
  }
  // Latency when the pipeline is not saturated (the burst figures above are mostly queueing).
  if (MODES.has('paced')) console.log(formatRun(await pipeline(kafka, SERVICES_BATCH, { kind: 'paced', perSecond: 500, events: 5_000 })));
  console.log(`* the services' mode (libs/eventing); latency: occurredAt (set when the producing transaction builds the event) → consumer commit; raw: send → receive`);
}
