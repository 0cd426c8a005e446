import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import { prepareServiceDatabase } from '@consignado/eventing';
import type { RailMockConfig } from './config';
import { TRANSFERS_ENTITIES, TRANSFERS_MIGRATIONS } from './modules/transfers/database';

/** Creates the database on first start; only the rail's migrations (the mock has no Kafka, no outbox). */
export async function databaseOptions(config: RailMockConfig): Promise<TypeOrmModuleOptions> {
  const options = await prepareServiceDatabase({ url: config.DATABASE_URL, schema: config.DATABASE_SCHEMA, entities: TRANSFERS_ENTITIES, migrations: TRANSFERS_MIGRATIONS });
  return { ...options, migrations: TRANSFERS_MIGRATIONS } as TypeOrmModuleOptions;
}
