import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Kafka } from 'kafkajs';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ServiceConfigModule } from '@consignado/config';
import { FieldCipher } from '@consignado/core';
import { EventingModule, eventingReadiness, KAFKA, prepareServiceDatabase } from '@consignado/eventing';
import { AuditModule, migrateSealingPersonalData, PrivacyModule, ServiceKitModule } from '@consignado/service-kit';
import { LoanConfig } from './config';
import { SERVICE_ENTITIES, SERVICE_MIGRATIONS } from './database';
import { ContractModule } from './modules/contract/contract.module';
import { type Clock, systemClock } from './modules/contract/domain/clock';
import { PERMANENT_CONTRACT_ERROR_CODES } from './modules/contract/domain/contract.errors';
import { DataSubjectModule } from './modules/data-subject/data-subject.module';
import { LOAN_SEALING } from './personal-data-at-rest';

/** What tests may replace; production uses the system clock. */
export interface LoanOverrides {
  clock?: Clock;
}

@Module({})
export class AppModule {
  static register(config: LoanConfig, overrides: LoanOverrides = {}): DynamicModule {
    const clock = overrides.clock ?? systemClock;
    return {
      module: AppModule,
      imports: [
        ServiceConfigModule.forRoot(config),
        PrivacyModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          inject: [FieldCipher],
          // Rows written before personal data was sealed are sealed here, before anything serves (R-SEC-3).
          useFactory: async (cipher: FieldCipher) => {
            const options = await prepareServiceDatabase({ url: config.DATABASE_URL, schema: config.DATABASE_SCHEMA, entities: SERVICE_ENTITIES, migrations: SERVICE_MIGRATIONS });
            await migrateSealingPersonalData(options as Extract<DataSourceOptions, { type: 'postgres' }>, LOAN_SEALING, cipher);
            return options;
          },
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
        // Who exported a data subject's personal data (`@Audited`), read back at GET /v1/admin/audit.
        AuditModule,
        ContractModule.register(clock),
        DataSubjectModule.register(clock),
      ],
    };
  }
}
