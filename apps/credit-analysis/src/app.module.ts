import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Kafka } from 'kafkajs';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { EventingModule, eventingReadiness, KAFKA, prepareServiceDatabase } from '@consignado/eventing';
import { FieldCipher } from '@consignado/core';
import { auditMigrations, AuditModule, erasureMigrations, idempotencyMigrations, migrateSealingPersonalData, PrivacyModule, ServiceKitModule } from '@consignado/service-kit';
import { CreditAnalysisConfig } from './config';
import { AnalysisModule } from './modules/analysis/analysis.module';
import { ANALYSIS_ENTITIES, ANALYSIS_MIGRATIONS } from './modules/analysis/database';
import { PROJECTION_ENTITIES, PROJECTION_MIGRATIONS } from './modules/contract-projection/database';
import { CONSUMER_TUNING } from './modules/analysis/commands/consumer-tuning';
import { PersonalizationModule } from './modules/personalization/personalization.module';
import { PERSONALIZATION_ENTITIES, PERSONALIZATION_MIGRATIONS } from './modules/personalization/database';
import { DataSubjectModule } from './modules/data-subject/data-subject.module';
import { CREDIT_ANALYSIS_SEALING } from './personal-data-at-rest';

/** Every migration of the service, in timestamp order (TypeORM runs them in the order given). */
export const SERVICE_MIGRATIONS = [...ANALYSIS_MIGRATIONS, ...PROJECTION_MIGRATIONS, ...PERSONALIZATION_MIGRATIONS, ...auditMigrations, ...erasureMigrations, ...idempotencyMigrations].sort((a, b) => a.name.slice(-13).localeCompare(b.name.slice(-13)));

@Module({})
export class AppModule {
  static register(config: CreditAnalysisConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PrivacyModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          inject: [FieldCipher],
          // Rows written before personal data was sealed are sealed here, before anything serves (R-SEC-3).
          useFactory: async (cipher: FieldCipher) => {
            const options = await prepareServiceDatabase({
              url: config.DATABASE_URL,
              schema: config.DATABASE_SCHEMA,
              entities: [...ANALYSIS_ENTITIES, ...PROJECTION_ENTITIES, ...PERSONALIZATION_ENTITIES],
              migrations: SERVICE_MIGRATIONS,
            });
            await migrateSealingPersonalData(options as Extract<DataSourceOptions, { type: 'postgres' }>, CREDIT_ANALYSIS_SEALING, cipher);
            return options;
          },
        }),
        EventingModule.forRootAsync({
          useFactory: () => ({ service: 'credit-analysis', brokers: config.kafkaBrokers, namespace: config.KAFKA_NAMESPACE, consumer: CONSUMER_TUNING, personalData: config.piiCipher }),
        }),
        ServiceKitModule.forRoot({
          service: 'credit-analysis',
          readiness: { inject: [DataSource, KAFKA], useFactory: (ds: DataSource, kafka: Kafka) => eventingReadiness(ds, kafka) },
        }),
        // Who exported a data subject's personal data (`@Audited`), read back at GET /v1/admin/audit.
        AuditModule,
        AnalysisModule.register(config),
        PersonalizationModule,
        DataSubjectModule,
      ],
    };
  }
}
