import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { ServiceConfigModule } from '@consignado/config';
import { EventingModule, eventingReadiness, KAFKA, prepareServiceDatabase } from '@consignado/eventing';
import { JsonBodyModule, ServiceKitModule } from '@consignado/service-kit';
import { ProposalConfig } from './config';
import { AccessModule } from './modules/access/access.module';
import { CustomerModule } from './modules/customer/customer.module';
import { PERMANENT_EVENT_ERRORS } from './modules/proposal/domain/proposal.errors';
import { ProposalModule } from './modules/proposal/proposal.module';
import { SimulationModule } from './modules/simulation/simulation.module';
import { ClockModule } from './shared/clock';
import { PROPOSAL_SERVICE_ENTITIES, PROPOSAL_SERVICE_MIGRATIONS } from './database';

@Global()
@Module({})
export class AppModule {
  static register(config: ProposalConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceConfigModule.forRoot(config),
        ClockModule,
        // Documents: 2 MB of content is ~2.8 MB of Base64; everything else keeps 100 kB.
        JsonBodyModule.forRoot({ limit: '100kb', larger: { path: /^\/v1\/digital\/proposals\/[^/]+\/documents$/, limit: '3mb' } }),
        TypeOrmModule.forRootAsync({
          useFactory: () =>
            prepareServiceDatabase({ url: config.DATABASE_URL, schema: config.DATABASE_SCHEMA, entities: PROPOSAL_SERVICE_ENTITIES, migrations: PROPOSAL_SERVICE_MIGRATIONS }),
        }),
        EventingModule.forRootAsync({
          useFactory: () => ({
            service: 'proposal',
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
        SimulationModule,
        CustomerModule,
        ProposalModule,
      ],
    };
  }
}
