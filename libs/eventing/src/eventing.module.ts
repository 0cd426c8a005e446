import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { createKafka } from '@consignado/messaging';
import type { ReadinessCheck } from '@consignado/service-kit';
import { DeadLetters } from './dead-letters/dead-letters';
import { DeadLettersController } from './dead-letters/dead-letters.controller';
import { EventPublisher } from './event-publisher';
import { messagingLogger } from './messaging-logger';
import { EventingHost } from './eventing.host';
import { EVENTING_OPTIONS, type EventingOptions, KAFKA } from './eventing.options';
import { BacklogGauges } from './metrics/backlog-gauges';
import { ConsumedEventMetrics } from './metrics/consumed-events';

type Token = string | symbol | (abstract new (...args: never[]) => unknown);

export interface EventingAsyncOptions {
  inject?: Token[];
  useFactory: (...deps: never[]) => EventingOptions | Promise<EventingOptions>;
}

/**
 * Kafka for a service: the EventPublisher (outbox), the relay, and a consumer for every
 * `@HandlesEvent` method found among the app's providers, and the back office's dead-letter
 * routes (`/v1/admin/dead-letters`, audited: the app imports service-kit's AuditModule). Needs a
 * TypeORM DataSource whose migrations include `messagingMigrations`, and ServiceKitModule's metrics
 * registry, where it counts consumed events and exposes lag, dead letters and outbox age.
 */
@Module({})
export class EventingModule {
  static forRootAsync(options: EventingAsyncOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: EVENTING_OPTIONS, inject: options.inject ?? [], useFactory: options.useFactory },
      {
        provide: KAFKA,
        inject: [EVENTING_OPTIONS],
        // kafkajs' own warnings and errors (a lost coordinator, a broker refusing connections) in the service's log.
        useFactory: (o: EventingOptions): Kafka => createKafka({ clientId: o.service, brokers: o.brokers, logger: messagingLogger('Kafka') }),
      },
      EventPublisher,
      EventingHost,
      DeadLetters,
      ConsumedEventMetrics,
      BacklogGauges,
    ];
    return { module: EventingModule, global: true, imports: [DiscoveryModule], controllers: [DeadLettersController], providers, exports: [EventPublisher, KAFKA, EVENTING_OPTIONS] };
  }
}

/** Readiness of a service's database and broker, for ServiceKitModule. */
export function eventingReadiness(dataSource: DataSource, kafka: Kafka): ReadinessCheck[] {
  return [
    { name: 'postgres', check: async () => void (await dataSource.query('SELECT 1')) },
    {
      name: 'kafka',
      check: async () => {
        const admin = kafka.admin();
        try {
          await admin.connect();
          await admin.describeCluster();
        } finally {
          await admin.disconnect();
        }
      },
    },
  ];
}
