import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { eventsConsumedBy, eventsProducedBy, type EventType } from '@consignado/contracts';
import { type ContractEnvelopes, ensureTopics, type EventHandler, IdempotentConsumer, OutboxRelay } from '@consignado/messaging';
import { runWithContext } from '@consignado/service-kit';
import { EventPublisher } from './event-publisher';
import { HANDLES_EVENT } from './handles-event.decorator';
import { consumerGroup, EVENTING_OPTIONS, type EventingOptions, KAFKA, namespacedTopic } from './eventing.options';
import { messagingLogger } from './messaging-logger';
import { ConsumedEventMetrics } from './metrics/consumed-events';

/**
 * Events of a partition's batch applied in one database transaction (one inbox statement, one
 * outbox statement, one commit); a failure in the group re-runs each of them alone. Under no load
 * batches hold one event, so this costs no latency; under load it saves most commits.
 */
export const SERVICE_TRANSACTION_BATCH = 50;

type AnyHandler = EventHandler<ContractEnvelopes[EventType], ContractEnvelopes>;

/**
 * Starts the outbox relay and the service's idempotent consumer once the app is up, and stops
 * them first on shutdown so in-flight work drains before connections close.
 */
@Injectable()
export class EventingHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Eventing');
  private relay: OutboxRelay | undefined;
  private consumer: IdempotentConsumer<ContractEnvelopes> | undefined;

  constructor(
    @Inject(EVENTING_OPTIONS) private readonly options: EventingOptions,
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly metrics: ConsumedEventMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const logger = messagingLogger('Eventing');
    // Topics exist before the relay publishes: the broker does not create them on demand.
    const own = [...eventsProducedBy(this.options.service), ...eventsConsumedBy(this.options.service)];
    await ensureTopics(this.kafka, [...new Set(own.map((t) => namespacedTopic(this.options, t)))]);
    this.relay = new OutboxRelay({ dataSource: this.dataSource, kafka: this.kafka, pollIntervalMs: this.options.relayPollIntervalMs, logger });
    await this.relay.start();
    const handlers = this.discoverHandlers();
    if (handlers.size === 0) return;
    this.consumer = new IdempotentConsumer<ContractEnvelopes>({
      kafka: this.kafka,
      dataSource: this.dataSource,
      groupId: consumerGroup(this.options),
      codec: this.publisher.envelopeCodec,
      outbox: this.publisher.outbox,
      logger,
      transactionBatchSize: SERVICE_TRANSACTION_BATCH,
      ...this.options.consumer,
      onProcessed: (event) => this.metrics.processed(event),
    });
    for (const [eventType, handler] of handlers) this.consumer.on(eventType, handler);
    await this.startConsumer(this.consumer);
    this.logger.log(`consuming ${[...handlers.keys()].join(', ')}`);
  }

  /**
   * Right after topics are created (or while the broker restarts) metadata can lag and the first
   * subscribe fail with "does not host this topic-partition": retry a few times before giving up.
   */
  private async startConsumer(consumer: IdempotentConsumer<ContractEnvelopes>, attempts = 6): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await consumer.start();
        return;
      } catch (error) {
        if (attempt >= attempts) throw error;
        this.logger.warn(`consumer start failed (attempt ${attempt}); retrying`, { error: error instanceof Error ? error.message : String(error) });
        await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** (attempt - 1)));
      }
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
    await this.relay?.stop();
  }

  private discoverHandlers(): Map<EventType, AnyHandler> {
    const found = new Map<EventType, AnyHandler>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const method = instance[name];
        if (typeof method !== 'function') continue;
        const eventType = Reflect.getMetadata(HANDLES_EVENT, method) as EventType | undefined;
        if (!eventType) continue;
        if (found.has(eventType)) throw new Error(`two handlers for ${eventType} in ${this.options.service}`);
        found.set(eventType, (envelope, context) =>
          // Logs written while handling carry the flow's correlationId (R-X-3).
          runWithContext({ correlationId: envelope.metadata.correlationId, eventId: envelope.eventId }, () => method.call(instance, envelope, context)),
        );
      }
    }
    return found;
  }
}
