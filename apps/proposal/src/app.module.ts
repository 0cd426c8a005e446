import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Kafka } from 'kafkajs';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ServiceConfigModule } from '@consignado/config';
import { FieldCipher } from '@consignado/core';
import { EventingModule, eventingReadiness, KAFKA, prepareServiceDatabase } from '@consignado/eventing';
import { AuditModule, JsonBodyModule, migrateSealingPersonalData, PrivacyModule, ServiceKitModule } from '@consignado/service-kit';
import { ProposalConfig } from './config';
import { AccessModule } from './modules/access/access.module';
import { CustomerModule } from './modules/customer/customer.module';
import { PERMANENT_EVENT_ERRORS } from './modules/proposal/domain/proposal.errors';
import { DataSubjectModule } from './modules/data-subject/data-subject.module';
import { ProposalModule } from './modules/proposal/proposal.module';
import { SimulationModule } from './modules/simulation/simulation.module';
import { ClockModule } from './shared/clock';
import { PROPOSAL_SERVICE_ENTITIES, PROPOSAL_SERVICE_MIGRATIONS } from './database';
import { PROPOSAL_SEALING } from './personal-data-at-rest';

@Global()
@Module({})
export class AppModule {
  static register(config: ProposalConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceConfigModule.forRoot(config),
        ClockModule,
        PrivacyModule.forRoot(config),
        // Documents: 2 MB of content is ~2.8 MB of Base64; everything else keeps 100 kB.
        JsonBodyModule.forRoot({ limit: '100kb', larger: { path: /^\/v1\/digital\/proposals\/[^/]+\/documents$/, limit: '3mb' } }),
        TypeOrmModule.forRootAsync({
          inject: [FieldCipher],
          // Rows written before personal data was sealed are sealed here, before anything serves (R-SEC-3).
          useFactory: async (cipher: FieldCipher) => {
            const options = await prepareServiceDatabase({ url: config.DATABASE_URL, schema: config.DATABASE_SCHEMA, entities: PROPOSAL_SERVICE_ENTITIES, migrations: PROPOSAL_SERVICE_MIGRATIONS });
            await migrateSealingPersonalData(options as Extract<DataSourceOptions, { type: 'postgres' }>, PROPOSAL_SEALING, cipher);
            return options;
          },
        }),
        EventingModule.forRootAsync({
          useFactory: () => ({
            service: 'proposal',
            personalData: config.piiCipher,
            brokers: config.kafkaBrokers,
            namespace: config.KAFKA_NAMESPACE,
            consumer: { retry: { maxAttempts: config.EVENT_MAX_ATTEMPTS }, permanentErrorCodes: PERMANENT_EVENT_ERRORS },
          }),
        }),
        ServiceKitModule.forRoot({
          service: 'proposal',
          readiness: { inject: [DataSource, KAFKA], useFactory: (ds: DataSource, kafka: Kafka) => eventingReadiness(ds, kafka) },
        }),
        AccessModule,
        AuditModule,
        SimulationModule,
        CustomerModule,
        ProposalModule,
        DataSubjectModule,
      ],
    };
  }
}
