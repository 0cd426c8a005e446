import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import type { Kafka } from 'kafkajs';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { EventingModule, eventingReadiness, KAFKA, prepareServiceDatabase } from '@consignado/eventing';
import { ServiceConfigModule } from '@consignado/config';
import { FieldCipher } from '@consignado/core';
import { AuditModule, migrateSealingPersonalData, PrivacyModule, ServiceKitModule } from '@consignado/service-kit';
import { AverbationConnectorConfig } from './config';
import { AverbationModule } from './modules/averbation/averbation.module';
import { ContractEventsModule } from './modules/contract-events/contract-events.module';
import { DATA_SUBJECT_MIGRATIONS } from './modules/data-subject/database';
import { DISBURSEMENT_ENTITIES, DISBURSEMENT_MIGRATIONS } from './modules/disbursement/database';
import { PERMANENT_DISBURSEMENT_ERROR_CODES } from './modules/disbursement/domain/disbursement-errors';
import { DisbursementModule } from './modules/disbursement/disbursement.module';
import { DataSubjectModule } from './modules/data-subject/data-subject.module';
import { AVERBATION_ENTITIES, AVERBATION_MIGRATIONS } from './modules/averbation/database';
import { PERMANENT_AVERBATION_ERROR_CODES } from './modules/averbation/domain/renegotiation';
import { INSURANCE_ENTITIES, INSURANCE_MIGRATIONS } from './modules/insurance/database';
import { PERMANENT_INSURANCE_ERROR_CODES } from './modules/insurance/domain/insurance-errors';
import { InsuranceModule } from './modules/insurance/insurance.module';
import { MARGIN_CHECK_ENTITIES, MARGIN_CHECK_MIGRATIONS } from './modules/margin-check/database';
import { JOBS_MIGRATIONS, TraceContextSubscriber } from './modules/jobs/database';
import { JobNotificationsModule } from './modules/jobs/job-notifications';
import { MarginCheckModule } from './modules/margin-check/margin-check.module';
import { MarginCacheModule } from './modules/margin-cache/margin-cache.module';
import { PORTABILITY_ENTITIES, PORTABILITY_MIGRATIONS } from './modules/portability/database';
import { PERMANENT_PORTABILITY_ERROR_CODES } from './modules/portability/domain/portability-errors';
import { PortabilityModule } from './modules/portability/portability.module';
import { REDIS } from './modules/margin-cache/redis-margin-cache';
import { CONNECTOR_SEALING } from './personal-data-at-rest';

/**
 * Ready = PostgreSQL, Kafka and Redis answer. Dataprev, the exchange, the insurer and the payment
 * rail are deliberately not readiness checks: while they are down the connector still takes events
 * and retries (see GET /health/dataprev, /health/ctc, /health/insurer and /health/rail).
 */
@Module({})
export class AppModule {
  static register(config: AverbationConnectorConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceConfigModule.forRoot(config),
        PrivacyModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          inject: [FieldCipher],
          // Rows written before personal data was sealed are sealed here, before anything serves (R-SEC-3).
          useFactory: async (cipher: FieldCipher) => {
            const options = await prepareServiceDatabase({
              url: config.DATABASE_URL,
              schema: config.DATABASE_SCHEMA,
              entities: [...AVERBATION_ENTITIES, ...MARGIN_CHECK_ENTITIES, ...PORTABILITY_ENTITIES, ...INSURANCE_ENTITIES, ...DISBURSEMENT_ENTITIES],
              migrations: [...AVERBATION_MIGRATIONS, ...MARGIN_CHECK_MIGRATIONS, ...PORTABILITY_MIGRATIONS, ...DATA_SUBJECT_MIGRATIONS, ...JOBS_MIGRATIONS, ...INSURANCE_MIGRATIONS, ...DISBURSEMENT_MIGRATIONS],
            });
            await migrateSealingPersonalData(options as Extract<DataSourceOptions, { type: 'postgres' }>, CONNECTOR_SEALING, cipher);
            return { ...options, subscribers: [TraceContextSubscriber] }; // new jobs keep the trace they were queued in
          },
        }),
        EventingModule.forRootAsync({
          useFactory: () => ({
            service: 'averbation-connector',
            personalData: config.piiCipher,
            brokers: config.kafkaBrokers,
            namespace: config.KAFKA_NAMESPACE,
            consumer: { permanentErrorCodes: [...PERMANENT_AVERBATION_ERROR_CODES, ...PERMANENT_PORTABILITY_ERROR_CODES, ...PERMANENT_INSURANCE_ERROR_CODES, ...PERMANENT_DISBURSEMENT_ERROR_CODES] },
          }),
        }),
        MarginCacheModule,
        ServiceKitModule.forRoot({
          service: 'averbation-connector',
          readiness: {
            inject: [DataSource, KAFKA, REDIS],
            useFactory: (ds: DataSource, kafka: Kafka, redis: Redis) => [...eventingReadiness(ds, kafka), { name: 'redis', check: async () => void (await redis.ping()) }],
          },
        }),
        // Who exported a customer's personal data (`@Audited`), read back at GET /v1/admin/audit.
        AuditModule,
        JobNotificationsModule,
        MarginCheckModule,
        AverbationModule,
        PortabilityModule,
        InsuranceModule,
        DisbursementModule,
        ContractEventsModule,
        DataSubjectModule,
      ],
    };
  }
}
