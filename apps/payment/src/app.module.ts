import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { EventingModule, eventingReadiness, KAFKA, prepareServiceDatabase } from '@consignado/eventing';
import { ServiceKitModule } from '@consignado/service-kit';
import { PaymentConfig } from './config';
import { BillingModule } from './modules/billing/billing.module';
import { PAYMENT_ENTITIES, PAYMENT_MIGRATIONS } from './modules/billing/database';
import { PERMANENT_BILLING_ERROR_CODES } from './modules/billing/domain/billing.errors';

@Module({})
export class AppModule {
  static register(config: PaymentConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => prepareServiceDatabase({ url: config.DATABASE_URL, schema: config.DATABASE_SCHEMA, entities: PAYMENT_ENTITIES, migrations: PAYMENT_MIGRATIONS }),
        }),
        EventingModule.forRootAsync({
          useFactory: () => ({
            service: 'payment',
            brokers: config.kafkaBrokers,
            namespace: config.KAFKA_NAMESPACE,
            consumer: { retry: { maxAttempts: config.EVENT_MAX_ATTEMPTS }, permanentErrorCodes: PERMANENT_BILLING_ERROR_CODES },
          }),
        }),
        ServiceKitModule.forRoot({
          service: 'payment',
          readiness: { inject: [DataSource, KAFKA], useFactory: (ds: DataSource, kafka: Kafka) => eventingReadiness(ds, kafka) },
        }),
        BillingModule,
      ],
    };
  }
}
