import { Client } from 'pg';
import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import { messagingMigrations } from '@consignado/messaging';
import { DatabaseLogger } from './database-logger';

type EntitiesOption = NonNullable<TypeOrmModuleOptions['entities']>;
type MigrationsOption = NonNullable<TypeOrmModuleOptions['migrations']>;

export interface ServiceDatabase {
  url: string;
  schema: string;
  entities: EntitiesOption;
  migrations: MigrationsOption;
}

/**
 * TypeORM options for a service: its own database (and schema), the messaging tables' migrations
 * first, then the service's, run at boot. Never `synchronize` (STYLE.md, Configuration).
 */
export function serviceDatabaseOptions(db: ServiceDatabase): TypeOrmModuleOptions {
  return {
    type: 'postgres',
    url: db.url,
    schema: db.schema,
    // Unqualified SQL (messaging's raw queries, migrations) lands in the service's schema.
    extra: { options: `-c search_path=${db.schema}`, max: 10 },
    entities: db.entities,
    migrations: [...messagingMigrations, ...(db.migrations as Array<unknown>)] as MigrationsOption,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Errors, slow queries and migrations only, and never a query's parameters (R-X-2).
    logging: ['error', 'warn', 'migration'],
    logger: new DatabaseLogger(),
  };
}

/**
 * Creates the service's database and schema when missing, so a fresh PostgreSQL needs no setup
 * step; then returns the TypeORM options. Safe to run from several instances at once.
 */
export async function prepareServiceDatabase(db: ServiceDatabase): Promise<TypeOrmModuleOptions> {
  const url = new URL(db.url);
  const name = decodeURIComponent(url.pathname.slice(1));
  const admin = new URL(db.url);
  admin.pathname = '/postgres';
  await withClient(admin.toString(), async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quote(name)}`).catch(ignore(DUPLICATE_DATABASE));
  });
  await withClient(db.url, (client) => client.query(`CREATE SCHEMA IF NOT EXISTS ${quote(db.schema)}`).catch(ignore(UNIQUE_VIOLATION)));
  return serviceDatabaseOptions(db);
}

const DUPLICATE_DATABASE = '42P04';
// Two concurrent CREATE SCHEMA IF NOT EXISTS can still collide on the catalogue's unique index.
const UNIQUE_VIOLATION = '23505';

const quote = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

const ignore =
  (code: string) =>
  (error: { code?: string }): void => {
    if (error.code !== code) throw error;
  };

async function withClient<T>(connectionString: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
