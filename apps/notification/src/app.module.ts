import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Kafka } from 'kafkajs';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { EventingModule, eventingReadiness, KAFKA, prepareServiceDatabase } from '@consignado/eventing';
import { ServiceConfigModule } from '@consignado/config';
import { FieldCipher } from '@consignado/core';
import { auditMigrations, AuditModule, erasureMigrations, migrateSealingPersonalData, PrivacyModule, ServiceKitModule } from '@consignado/service-kit';
import { NotificationConfig } from './config';
import { ContactModule } from './modules/contact/contact.module';
import { DataSubjectModule } from './modules/data-subject/data-subject.module';
import { CONTACT_ENTITIES, CONTACT_MIGRATIONS } from './modules/contact/database';
import { NOTIFICATION_ENTITIES, NOTIFICATION_MIGRATIONS } from './modules/notification/database';
import { PERMANENT_NOTIFICATION_ERROR_CODES } from './modules/notification/domain/notification.errors';
import { NotificationModule } from './modules/notification/notification.module';
import { NOTIFICATION_SEALING } from './personal-data-at-rest';

/**
 * Ready = PostgreSQL and Kafka answer. The SMTP server is deliberately not a readiness check:
 * while it is down notifications are still recorded and their e-mails retried.
 */
@Module({})
export class AppModule {
  static register(config: NotificationConfig): DynamicModule {
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
              entities: [...NOTIFICATION_ENTITIES, ...CONTACT_ENTITIES],
              migrations: [...NOTIFICATION_MIGRATIONS, ...CONTACT_MIGRATIONS, ...auditMigrations, ...erasureMigrations],
            });
            await migrateSealingPersonalData(options as Extract<DataSourceOptions, { type: 'postgres' }>, NOTIFICATION_SEALING, cipher);
            return options;
          },
        }),
        EventingModule.forRootAsync({
          useFactory: () => ({
            service: 'notification',
            personalData: config.piiCipher,
            brokers: config.kafkaBrokers,
            namespace: config.KAFKA_NAMESPACE,
            consumer: { retry: { maxAttempts: config.EVENT_MAX_ATTEMPTS }, permanentErrorCodes: [...PERMANENT_NOTIFICATION_ERROR_CODES] },
          }),
        }),
        ServiceKitModule.forRoot({
          service: 'notification',
          readiness: { inject: [DataSource, KAFKA], useFactory: (ds: DataSource, kafka: Kafka) => eventingReadiness(ds, kafka) },
        }),
        // Who exported whose personal data (`@Audited`), read back at GET /v1/admin/audit.
        AuditModule,
        ContactModule,
        NotificationModule,
        DataSubjectModule,
      ],
    };
  }
}
