import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { EventingModule, eventingReadiness, KAFKA, prepareServiceDatabase } from '@consignado/eventing';
import { ServiceKitModule } from '@consignado/service-kit';
import { CreditAnalysisConfig } from './config';
import { AnalysisModule } from './modules/analysis/analysis.module';
import { ANALYSIS_ENTITIES, ANALYSIS_MIGRATIONS } from './modules/analysis/database';
import { PROJECTION_ENTITIES, PROJECTION_MIGRATIONS } from './modules/contract-projection/database';
import { CONSUMER_TUNING } from './modules/analysis/commands/consumer-tuning';

/** Every migration of the service, in timestamp order (TypeORM runs them in the order given). */
export const SERVICE_MIGRATIONS = [...ANALYSIS_MIGRATIONS, ...PROJECTION_MIGRATIONS].sort((a, b) => a.name.slice(-13).localeCompare(b.name.slice(-13)));

@Module({})
export class AppModule {
  static register(config: CreditAnalysisConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () =>
            prepareServiceDatabase({
              url: config.DATABASE_URL,
              schema: config.DATABASE_SCHEMA,
              entities: [...ANALYSIS_ENTITIES, ...PROJECTION_ENTITIES],
              migrations: SERVICE_MIGRATIONS,
            }),
        }),
        EventingModule.forRootAsync({
          useFactory: () => ({ service: 'credit-analysis', brokers: config.kafkaBrokers, namespace: config.KAFKA_NAMESPACE, consumer: CONSUMER_TUNING, personalData: config.piiCipher }),
        }),
        ServiceKitModule.forRoot({
          service: 'credit-analysis',
          readiness: { inject: [DataSource, KAFKA], useFactory: (ds: DataSource, kafka: Kafka) => eventingReadiness(ds, kafka) },
        }),
        AnalysisModule.register(config),
      ],
    };
  }
}
