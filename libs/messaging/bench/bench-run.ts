import { examplePayload } from '@consignado/contracts';
import { createIsolatedSchema, testEndpoints, uniqueName } from '@consignado/testing';
import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
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

/** The library end to end: writer transactions → outbox → relay → consumer (inbox + one effect row). */
async function pipeline(kafka: Kafka, transactionBatchSize: number, paced?: { perSecond: number; events: number }): Promise<RunResult> {
  const total = paced?.events ?? EVENTS;
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
    await ctx.manager.query(`INSERT INTO effects (event_id, aggregate_id) VALUES ($1, $2)`, [envelope.eventId, envelope.aggregateId]);
  });
  const relay = new OutboxRelay({ dataSource: db.dataSource, kafka, logger: silentLogger, batchSize: 1_000 });
  const event = () =>
    codec.create('ProposalCancelled', { payload: { ...examplePayload('ProposalCancelled'), proposalId: randomUUID() } });
  try {
    await consumer.start();
    await relay.start();
    // Warm-up: one event through, so group join and connections are not measured.
    await db.dataSource.transaction((m) => outbox.add(m, event()));
    await until(() => processed === 1, PHASE_TIMEOUT_MS, 'warm-up');
    latencies.length = 0;
    processed = 0;
    const started = Date.now();
    // Paced: one transaction of 10 events every 10/rate seconds; otherwise as fast as one writer can.
    const perTransaction = paced ? 10 : WRITE_TRANSACTION;
    for (let written = 0; written < total; written += perTransaction) {
      const batch = Array.from({ length: Math.min(perTransaction, total - written) }, event);
      await db.dataSource.transaction((m) => outbox.add(m, batch));
      if (paced) await sleepUntil(started + ((written + perTransaction) / paced.perSecond) * 1000);
    }
    await until(() => processed >= total, PHASE_TIMEOUT_MS, `pipeline (transactions of ${transactionBatchSize})`);
    const seconds = (Date.now() - started) / 1000;
    const [stages] = await db.dataSource.query(`
      SELECT extract(epoch FROM max(created_at) - min(created_at)) AS writing,
             extract(epoch FROM max(sent_at) - min(created_at)) AS relayed
      FROM outbox`);
    console.log(
      `  (stages: all written after ${Number(stages.writing).toFixed(2)} s, ` +
        `all published after ${Number(stages.relayed).toFixed(2)} s, all consumed after ${seconds.toFixed(2)} s)`,
    );
    const mode = paced ? `paced ${paced.perSecond}/s` : 'burst';
    const label = `outbox → consumer, ${mode}, ${transactionBatchSize === 1 ? '1 event' : `≤${transactionBatchSize} events`}/consumer tx`;
    return { label, events: total, seconds, latenciesMs: latencies };
  } finally {
    await Promise.all([consumer.stop(), relay.stop()]);
    await db.drop();
  }
}

const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));

/** Sample envelope size, so the raw run moves values of the same size. */
function envelopeSize(): number {
  const codec = codecWithTopics(() => 't');
  return JSON.stringify(codec.create('ProposalCancelled', { payload: examplePayload('ProposalCancelled') })).length;
}

export async function main(): Promise<void> {
  const brokers = testEndpoints().kafkaBrokers;
  const kafka = createKafka({ clientId: uniqueName('bench'), brokers, logger: silentLogger });
  const size = envelopeSize();
  console.log(`messaging bench: ${EVENTS} events of ~${size} bytes, 3 partitions, brokers ${brokers.join(',')}`);
  const raw = await rawKafka(kafka, size);
  console.log(formatRun(raw));
  for (const batch of [1, 100]) {
    const run = await pipeline(kafka, batch);
    const ratio = ((perSecond(run) / perSecond(raw)) * 100).toFixed(1);
    console.log(`${formatRun(run)}   ${ratio}% of raw`);
  }
  // Latency when the pipeline is not saturated (the burst figures above are mostly queueing).
  console.log(formatRun(await pipeline(kafka, 100, { perSecond: 500, events: 5_000 })));
  console.log('latency: occurredAt (set when the producing transaction builds the event) → consumer commit; raw: send → receive');
}
