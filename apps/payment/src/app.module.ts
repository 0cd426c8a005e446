import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { EventingModule, eventingReadiness, KAFKA, prepareServiceDatabase } from '@consignado/eventing';
import { ServiceConfigModule } from '@consignado/config';
import { AuditModule, JsonBodyModule, ServiceKitModule } from '@consignado/service-kit';
import { PaymentConfig } from './config';
import { PAYMENT_ENTITIES, PAYMENT_MIGRATIONS } from './database';
import { BillingModule } from './modules/billing/billing.module';
import { PERMANENT_BILLING_ERROR_CODES } from './modules/billing/domain/billing.errors';
import { BusinessClockModule } from './modules/business-clock/business-clock.module';
import type { BusinessClock } from './modules/business-clock/domain/business-clock';
import { PaymentModule } from './modules/payment/payment.module';
import { RemittanceModule } from './modules/remittance/remittance.module';

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
        TypeOrmModule.forRootAsync({
          useFactory: () => prepareServiceDatabase({ url: config.DATABASE_URL, schema: config.DATABASE_SCHEMA, entities: PAYMENT_ENTITIES, migrations: PAYMENT_MIGRATIONS }),
        }),
        EventingModule.forRootAsync({
          useFactory: () => ({
            service: 'payment',
            personalData: config.piiCipher,
            brokers: config.kafkaBrokers,
            namespace: config.KAFKA_NAMESPACE,
            consumer: { retry: { maxAttempts: config.EVENT_MAX_ATTEMPTS }, permanentErrorCodes: PERMANENT_BILLING_ERROR_CODES },
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
      ],
    };
  }
}
