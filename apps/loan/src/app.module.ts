import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { ServiceConfigModule } from '@consignado/config';
import { EventingModule, eventingReadiness, KAFKA, prepareServiceDatabase } from '@consignado/eventing';
import { ServiceKitModule } from '@consignado/service-kit';
import { LoanConfig } from './config';
import { ContractModule } from './modules/contract/contract.module';
import { LOAN_ENTITIES, LOAN_MIGRATIONS } from './modules/contract/database';
import { type Clock, systemClock } from './modules/contract/domain/clock';
import { PERMANENT_CONTRACT_ERROR_CODES } from './modules/contract/domain/contract.errors';

/** What tests may replace; production uses the system clock. */
export interface LoanOverrides {
  clock?: Clock;
}

@Module({})
export class AppModule {
  static register(config: LoanConfig, overrides: LoanOverrides = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          useFactory: () => prepareServiceDatabase({ url: config.DATABASE_URL, schema: config.DATABASE_SCHEMA, entities: LOAN_ENTITIES, migrations: LOAN_MIGRATIONS }),
        }),
        EventingModule.forRootAsync({
          useFactory: () => ({
            service: 'loan',
            personalData: config.piiCipher,
            brokers: config.kafkaBrokers,
            namespace: config.KAFKA_NAMESPACE,
            consumer: { retry: { maxAttempts: config.EVENT_MAX_ATTEMPTS }, permanentErrorCodes: PERMANENT_CONTRACT_ERROR_CODES },
          }),
        }),
        ServiceKitModule.forRoot({
          service: 'loan',
          readiness: { inject: [DataSource, KAFKA], useFactory: (ds: DataSource, kafka: Kafka) => eventingReadiness(ds, kafka) },
        }),
        ContractModule.register(overrides.clock ?? systemClock),
      ],
    };
  }
}
