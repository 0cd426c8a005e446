import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import { prepareServiceDatabase } from '@consignado/eventing';
import type { CtcMockConfig } from './config';
import { CLOCK_ENTITIES, CLOCK_MIGRATIONS } from './modules/clock/database';
import { PORTABILITY_ENTITIES, PORTABILITY_MIGRATIONS } from './modules/portability/database';
import { SIMULATION_ENTITIES, SIMULATION_MIGRATIONS } from './modules/simulation/database';

const ENTITIES = [...CLOCK_ENTITIES, ...PORTABILITY_ENTITIES, ...SIMULATION_ENTITIES];
const MIGRATIONS = [...CLOCK_MIGRATIONS, ...PORTABILITY_MIGRATIONS, ...SIMULATION_MIGRATIONS];

/** Creates the database on first start; only the exchange's migrations (the mock has no Kafka, no outbox). */
export async function databaseOptions(config: CtcMockConfig): Promise<TypeOrmModuleOptions> {
  const options = await prepareServiceDatabase({ url: config.DATABASE_URL, schema: config.DATABASE_SCHEMA, entities: ENTITIES, migrations: MIGRATIONS });
  return { ...options, migrations: MIGRATIONS } as TypeOrmModuleOptions;
}
