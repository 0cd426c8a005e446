import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule, type TypeOrmModuleOptions } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { prepareServiceDatabase } from '@consignado/eventing';
import { ServiceKitModule } from '@consignado/service-kit';
import { DataprevMockConfig } from './config';
import { ChaosModule } from './modules/chaos/chaos.module';
import { REGISTRY_ENTITIES, REGISTRY_MIGRATIONS } from './modules/registration/database';
import { RegistrationModule } from './modules/registration/registration.module';

/** The validated configuration, injectable everywhere by its class. */
@Module({})
class ConfigHolderModule {
  static register(config: DataprevMockConfig): DynamicModule {
    return { module: ConfigHolderModule, global: true, providers: [{ provide: DataprevMockConfig, useValue: config }], exports: [DataprevMockConfig] };
  }
}

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
        ConfigHolderModule.register(config),
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
