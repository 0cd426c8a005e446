import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { EventingModule, eventingReadiness, KAFKA, prepareServiceDatabase } from '@consignado/eventing';
import { ServiceKitModule } from '@consignado/service-kit';
import { NotificationConfig } from './config';
import { NotificationModule } from './modules/notification/notification.module';
import { NOTIFICATION_ENTITIES, NOTIFICATION_MIGRATIONS } from './modules/notification/database';

@Module({})
export class AppModule {
  static register(config: NotificationConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () =>
            prepareServiceDatabase({ url: config.DATABASE_URL, schema: config.DATABASE_SCHEMA, entities: NOTIFICATION_ENTITIES, migrations: NOTIFICATION_MIGRATIONS }),
        }),
        EventingModule.forRootAsync({
          useFactory: () => ({ service: 'notification', brokers: config.kafkaBrokers, namespace: config.KAFKA_NAMESPACE }),
        }),
        ServiceKitModule.forRoot({
          service: 'notification',
          readiness: { inject: [DataSource, KAFKA], useFactory: (ds: DataSource, kafka: Kafka) => eventingReadiness(ds, kafka) },
        }),
        NotificationModule,
      ],
    };
  }
}
