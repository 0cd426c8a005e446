import { Inject, Injectable } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { Gauge, type Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { eventsConsumedBy } from '@consignado/contracts';
import { METRICS_REGISTRY } from '@consignado/service-kit';
import { consumerGroup, EVENTING_OPTIONS, type EventingOptions, KAFKA, namespacedTopic } from '../eventing.options';
import { DeadLetters } from '../dead-letters/dead-letters';
import { type OutboxBacklog, type PartitionLag, readLag, readOutboxBacklog, within } from './backlog-reading';

/** One reading; a part that could not be read in time (the broker or the database away) is undefined. */
interface Snapshot {
  lag?: PartitionLag[];
  deadLetters?: number;
  outbox?: OutboxBacklog;
}

/**
 * What waits, read when Prometheus scrapes: the consumer group's lag per partition, the dead
 * letters not replayed, the outbox rows not published and the oldest one's age. One reading
 * serves every gauge of a scrape; a part that fails or takes over 3 s leaves its gauges empty
 * (absent series, which an `absent()` alert can catch) rather than failing `/metrics`.
 */
@Injectable()
export class BacklogGauges {
  private readonly group: string;
  private readonly topics: string[];
  private reading: { at: number; snapshot: Promise<Snapshot> } | undefined;

  constructor(
    @Inject(METRICS_REGISTRY) registry: Registry,
    @Inject(EVENTING_OPTIONS) options: EventingOptions,
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly dataSource: DataSource,
    private readonly deadLetters: DeadLetters,
  ) {
    this.group = consumerGroup(options);
    this.topics = eventsConsumedBy(options.service).map((t) => namespacedTopic(options, t));
    const gauge = <K extends keyof Snapshot>(name: string, help: string, labelNames: string[], part: K, fill: (g: Gauge, value: NonNullable<Snapshot[K]>) => void) => {
      const g: Gauge = new Gauge({
        name,
        help,
        labelNames,
        registers: [registry],
        // Every worker of a clustered service reads the same group and tables: one value, not a sum.
        aggregator: 'max',
        collect: async () => {
          g.reset();
          const value = (await this.snapshot())[part];
          if (value !== undefined) fill(g, value as NonNullable<Snapshot[K]>);
        },
      });
    };
    gauge('consignado_consumer_lag', 'Messages of a consumed partition not yet committed by the service\'s group', ['topic', 'partition'], 'lag', (g, lag) => {
      for (const p of lag) g.set({ topic: p.topic, partition: String(p.partition) }, p.lag);
    });
    gauge('consignado_dead_letters_waiting', 'Dead letters of the service not replayed yet', [], 'deadLetters', (g, n) => g.set(n));
    gauge('consignado_outbox_unsent', 'Outbox rows not published yet', [], 'outbox', (g, o) => g.set(o.unsent));
    gauge('consignado_outbox_oldest_unsent_seconds', 'Age of the oldest outbox row not published yet', [], 'outbox', (g, o) => g.set(o.oldestSeconds));
  }

  private snapshot(): Promise<Snapshot> {
    if (!this.reading || Date.now() - this.reading.at > 1_000) this.reading = { at: Date.now(), snapshot: this.read() };
    return this.reading.snapshot;
  }

  /** A fresh admin per reading (a scrape every few seconds): nothing to repair after a broker restart. */
  private async lag(): Promise<PartitionLag[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return await readLag(admin, this.group, this.topics);
    } finally {
      await admin.disconnect();
    }
  }

  private async read(): Promise<Snapshot> {
    const [lag, backlog, outbox] = await Promise.all([within(this.lag()), within(this.deadLetters.backlog()), within(readOutboxBacklog(this.dataSource))]);
    return { lag, deadLetters: backlog?.waiting, outbox };
  }
}
