import { Client } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { testEndpoints } from './env';
import { uniqueSchemaName } from './unique-name';

/** Options for {@link createIsolatedSchema}. */
export interface IsolatedSchemaOptions {
  /** Migrations to run in the new schema (e.g. `messagingMigrations`). */
  migrations?: DataSourceOptions['migrations'];
  /** TypeORM entities, if the test uses repositories. */
  entities?: DataSourceOptions['entities'];
  /** Defaults to {@link testEndpoints}' `databaseUrl`. */
  databaseUrl?: string;
  /** Connection pool size of the returned DataSource (default 10). */
  poolSize?: number;
}

/** A private PostgreSQL schema with its own DataSource; `drop()` removes both. */
export interface IsolatedSchema {
  schema: string;
  dataSource: DataSource;
  /** Builds another DataSource on the same schema (a second service instance, a relay…). */
  connectAgain(poolSize?: number): Promise<DataSource>;
  drop(): Promise<void>;
}

const DUPLICATE_DATABASE = '42P04';

/** Creates the target database when missing, so a fresh PostgreSQL works without a setup step. */
export async function ensureDatabase(databaseUrl = testEndpoints().databaseUrl): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch((error: { code?: string }) => {
        // Another test file may have created it between our check and our CREATE.
        if (error.code !== DUPLICATE_DATABASE) throw error;
      });
    }
  } finally {
    await client.end();
  }
}

async function adminQuery(databaseUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function dataSourceFor(schema: string, options: IsolatedSchemaOptions, databaseUrl: string, poolSize: number) {
  return new DataSource({
    type: 'postgres',
    url: databaseUrl,
    schema,
    // search_path makes unqualified SQL (migrations, raw queries) land in the private schema.
    extra: { options: `-c search_path=${schema}`, max: poolSize },
    migrations: options.migrations ?? [],
    entities: options.entities ?? [],
    synchronize: false,
    logging: false,
  });
}

/**
 * Creates schema `t_<random>`, a DataSource bound to it, and runs the given migrations there —
 * one per test file, so tests run against the real schema without sharing rows.
 */
export async function createIsolatedSchema(options: IsolatedSchemaOptions = {}): Promise<IsolatedSchema> {
  const databaseUrl = options.databaseUrl ?? testEndpoints().databaseUrl;
  const schema = uniqueSchemaName();
  await ensureDatabase(databaseUrl);
  await adminQuery(databaseUrl, `CREATE SCHEMA "${schema}"`);
  const dataSource = dataSourceFor(schema, options, databaseUrl, options.poolSize ?? 10);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const extra: DataSource[] = [];
  return {
    schema,
    dataSource,
    async connectAgain(poolSize = 10) {
      const another = dataSourceFor(schema, options, databaseUrl, poolSize);
      extra.push(another);
      return another.initialize();
    },
    async drop() {
      for (const ds of [...extra, dataSource]) if (ds.isInitialized) await ds.destroy();
      await adminQuery(databaseUrl, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
  };
}
