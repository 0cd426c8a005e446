import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { EventingModule, eventingReadiness, KAFKA, prepareServiceDatabase } from '@consignado/eventing';
import { ServiceConfigModule } from '@consignado/config';
import { ServiceKitModule } from '@consignado/service-kit';
import { AverbationConnectorConfig } from './config';
import { AverbationModule } from './modules/averbation/averbation.module';
import { AVERBATION_ENTITIES, AVERBATION_MIGRATIONS } from './modules/averbation/database';
import { MARGIN_CHECK_ENTITIES, MARGIN_CHECK_MIGRATIONS } from './modules/margin-check/database';
import { MarginCheckModule } from './modules/margin-check/margin-check.module';
import { MarginCacheModule } from './modules/margin-cache/margin-cache.module';
import { REDIS } from './modules/margin-cache/redis-margin-cache';

/**
 * Ready = PostgreSQL, Kafka and Redis answer. Dataprev is deliberately not a readiness check:
 * while it is down the connector still takes events and retries (see GET /health/dataprev).
 */
@Module({})
export class AppModule {
  static register(config: AverbationConnectorConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          useFactory: () =>
            prepareServiceDatabase({
              url: config.DATABASE_URL,
              schema: config.DATABASE_SCHEMA,
              entities: [...AVERBATION_ENTITIES, ...MARGIN_CHECK_ENTITIES],
              migrations: [...AVERBATION_MIGRATIONS, ...MARGIN_CHECK_MIGRATIONS],
            }),
        }),
        EventingModule.forRootAsync({
          useFactory: () => ({ service: 'averbation-connector', brokers: config.kafkaBrokers, namespace: config.KAFKA_NAMESPACE }),
        }),
        MarginCacheModule,
        ServiceKitModule.forRoot({
          service: 'averbation-connector',
          readiness: {
            inject: [DataSource, KAFKA, REDIS],
            useFactory: (ds: DataSource, kafka: Kafka, redis: Redis) => [...eventingReadiness(ds, kafka), { name: 'redis', check: async () => void (await redis.ping()) }],
          },
        }),
        MarginCheckModule,
        AverbationModule,
      ],
    };
  }
}
