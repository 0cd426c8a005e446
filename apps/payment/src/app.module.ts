import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Kafka } from 'kafkajs';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { EventingModule, eventingReadiness, KAFKA, prepareServiceDatabase } from '@consignado/eventing';
import { ServiceConfigModule } from '@consignado/config';
import { FieldCipher } from '@consignado/core';
import { AuditModule, JsonBodyModule, migrateSealingPersonalData, PrivacyModule, ServiceKitModule } from '@consignado/service-kit';
import { PaymentConfig } from './config';
import { PAYMENT_ENTITIES, PAYMENT_MIGRATIONS } from './database';
import { BillingModule } from './modules/billing/billing.module';
import { PERMANENT_BILLING_ERROR_CODES } from './modules/billing/domain/billing.errors';
import { DataSubjectModule } from './modules/data-subject/data-subject.module';
import { PERMANENT_DISBURSEMENT_ERROR_CODES } from './modules/disbursement/domain/disbursement.errors';
import { BusinessClockModule } from './modules/business-clock/business-clock.module';
import type { BusinessClock } from './modules/business-clock/domain/business-clock';
import { PaymentModule } from './modules/payment/payment.module';
import { RemittanceModule } from './modules/remittance/remittance.module';
import { PAYMENT_SEALING } from './personal-data-at-rest';

/** What tests may replace; production uses the stored business clock. */
export interface PaymentOverrides {
  clock?: BusinessClock;
}

@Module({})
export class AppModule {
  static register(config: PaymentConfig, overrides: PaymentOverrides = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceConfigModule.forRoot(config),
        // A remittance of 10 000 lines is about 1.5 MB of JSON.
        JsonBodyModule.forRoot({ limit: '100kb', larger: { path: /^\/v1\/payroll-remittances\/?$/, limit: '8mb' } }),
        PrivacyModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          inject: [FieldCipher],
          // Deductions written before benefit numbers were sealed are sealed here, before anything serves (R-SEC-3).
          useFactory: async (cipher: FieldCipher) => {
            const options = await prepareServiceDatabase({ url: config.DATABASE_URL, schema: config.DATABASE_SCHEMA, entities: PAYMENT_ENTITIES, migrations: PAYMENT_MIGRATIONS });
            await migrateSealingPersonalData(options as Extract<DataSourceOptions, { type: 'postgres' }>, PAYMENT_SEALING, cipher);
            return options;
          },
        }),
        EventingModule.forRootAsync({
          useFactory: () => ({
            service: 'payment',
            personalData: config.piiCipher,
            brokers: config.kafkaBrokers,
            namespace: config.KAFKA_NAMESPACE,
            consumer: { retry: { maxAttempts: config.EVENT_MAX_ATTEMPTS }, permanentErrorCodes: [...PERMANENT_BILLING_ERROR_CODES, ...PERMANENT_DISBURSEMENT_ERROR_CODES] },
          }),
        }),
        ServiceKitModule.forRoot({
          service: 'payment',
          readiness: { inject: [DataSource, KAFKA], useFactory: (ds: DataSource, kafka: Kafka) => eventingReadiness(ds, kafka) },
        }),
        // Who did what among the back-office actions (`@Audited`), read back at GET /v1/admin/audit.
        AuditModule,
        BusinessClockModule.register(overrides.clock),
        BillingModule,
        PaymentModule,
        RemittanceModule,
        DataSubjectModule,
      ],
    };
  }
}
