import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import { prepareServiceDatabase } from '@consignado/eventing';
import type { InsurerMockConfig } from './config';
import { CLAIMS_ENTITIES, CLAIMS_MIGRATIONS } from './modules/claims/database';

/** Creates the database on first start; only the insurer's migrations (the mock has no Kafka, no outbox). */
export async function databaseOptions(config: InsurerMockConfig): Promise<TypeOrmModuleOptions> {
  const options = await prepareServiceDatabase({ url: config.DATABASE_URL, schema: config.DATABASE_SCHEMA, entities: CLAIMS_ENTITIES, migrations: CLAIMS_MIGRATIONS });
  return { ...options, migrations: CLAIMS_MIGRATIONS } as TypeOrmModuleOptions;
}
