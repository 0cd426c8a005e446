import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule, type TypeOrmModuleOptions } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { prepareServiceDatabase } from '@consignado/eventing';
import { ServiceConfigModule } from '@consignado/config';
import { ServiceKitModule } from '@consignado/service-kit';
import { DataprevMockConfig } from './config';
import { ChaosModule } from './modules/chaos/chaos.module';
import { REGISTRY_ENTITIES, REGISTRY_MIGRATIONS } from './modules/registration/database';
import { RegistrationModule } from './modules/registration/registration.module';

/** Creates the database on first start; only the registry's migrations (the mock has no Kafka, no outbox). */
async function databaseOptions(config: DataprevMockConfig): Promise<TypeOrmModuleOptions> {
  const options = await prepareServiceDatabase({ url: config.DATABASE_URL, schema: config.DATABASE_SCHEMA, entities: REGISTRY_ENTITIES, migrations: REGISTRY_MIGRATIONS });
  return { ...options, migrations: REGISTRY_MIGRATIONS } as TypeOrmModuleOptions;
}

/** The mock Dataprev (R-AV-1): an HTTP server of its own, no Kafka; ready when PostgreSQL answers. */
@Module({})
export class AppModule {
  static register(config: DataprevMockConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({ useFactory: () => databaseOptions(config) }),
        ServiceKitModule.forRoot({
          service: 'dataprev-mock',
          readiness: { inject: [DataSource], useFactory: (ds: DataSource) => [{ name: 'postgres', check: async () => void (await ds.query('SELECT 1')) }] },
        }),
        ChaosModule,
        RegistrationModule,
      ],
    };
  }
}
