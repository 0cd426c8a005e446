import type { MigrationClass, PostgresOptions } from '@consignado/service-kit';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { testEndpoints } from './env';
import { createIsolatedSchema, type IsolatedSchema } from './postgres';

/** What a service's database options are built from (the shape of eventing's `ServiceDatabase`). */
export interface ServiceDatabaseShape {
  url: string;
  schema: string;
  entities: NonNullable<DataSourceOptions['entities']>;
  migrations: NonNullable<DataSourceOptions['migrations']>;
}

/** A service whose personal data at rest is sealed by its migrations and its start-up backfill. */
export interface SealingMigrationSetup {
  /**
   * The service's options builder, `serviceDatabaseOptions` from @consignado/eventing: passed in,
   * as a util library may not depend on a data-access one.
   */
  databaseOptions: (db: ServiceDatabaseShape) => object;
  entities: ServiceDatabaseShape['entities'];
  /** The service's own migrations; the builder adds messaging's. */
  migrations: ServiceDatabaseShape['migrations'];
  /** Timestamp of the first migration the rows in clear predate: it and every later one are left for the test. */
  clearBefore: number;
  /** Writes rows as the release before wrote them: personal data in clear. */
  seed: (dataSource: DataSource) => Promise<void>;
  /** The tables holding personal data, as {@link SealingMigration.rows} reads them. */
  tables: readonly string[];
}

/** A schema as the release before sealing left it, and what the tests migrate it with. */
export interface SealingMigration {
  /** The isolated schema, with the rows `seed` wrote. */
  readonly schema: IsolatedSchema;
  /** A DataSource over every migration of the service (`migrationsRun: false`): the tests run and undo them. */
  readonly all: DataSource;
  /** The service's own Postgres options on the schema, as `migrateSealingPersonalData` gets them at start-up. */
  options(): PostgresOptions;
  /** The setup's tables' rows, by {@link rowsOf}. */
  rows(): Promise<string[]>;
}

/** TypeORM's own reading: a migration's timestamp is the last 13 digits of its name. */
const timestampOf = (migration: MigrationClass): number => Number(migration.name.slice(-13));

/**
 * Registers, in the calling `describe`, a `beforeAll` that creates an isolated schema, runs the
 * service's migrations (messaging's included) up to `clearBefore` and lets `seed` write rows in
 * clear, and an `afterAll` that drops it all. Its schema and DataSource are there inside tests only.
 */
export function sealingMigration(setup: SealingMigrationSetup): SealingMigration {
  let schema: IsolatedSchema | undefined;
  let all: DataSource | undefined;
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`sealingMigration: the ${what} exists from beforeAll on, inside tests`);
    return value;
  };
  const options = (): PostgresOptions =>
    ({
      ...setup.databaseOptions({ url: testEndpoints().databaseUrl, schema: ready(schema, 'schema').schema, entities: setup.entities, migrations: setup.migrations }),
      logging: false,
    }) as PostgresOptions;

  beforeAll(async () => {
    schema = await createIsolatedSchema({ entities: setup.entities });
    await migrateBefore(options(), setup.clearBefore);
    await setup.seed(schema.dataSource);
    all = new DataSource({ ...options(), migrationsRun: false });
    await all.initialize();
  });

  afterAll(async () => {
    await all?.destroy();
    await schema?.drop();
  });

  return {
    get schema() {
      return ready(schema, 'schema');
    },
    get all() {
      return ready(all, 'DataSource');
    },
    options,
    rows: () => rowsOf(ready(schema, 'schema').dataSource, setup.tables),
  };
}

/** Runs the migrations older than `clearBefore`: the schema of the release before sealing. */
async function migrateBefore(options: PostgresOptions, clearBefore: number): Promise<void> {
  const migrations = ((options.migrations ?? []) as MigrationClass[]).filter((m) => timestampOf(m) < clearBefore);
  const before = new DataSource({ ...options, migrations, migrationsRun: false });
  await before.initialize();
  try {
    await before.runMigrations({ transaction: 'each' });
  } finally {
    await before.destroy();
  }
}

/** Every row of the tables as JSON text, table by table, each table in text order. */
export async function rowsOf(dataSource: DataSource, tables: readonly string[]): Promise<string[]> {
  const rows: string[] = [];
  for (const table of tables) {
    const found: Array<{ r: string }> = await dataSource.query(`SELECT row_to_json(t)::text AS r FROM "${table.replace(/"/g, '""')}" t ORDER BY 1`);
    rows.push(...found.map((x) => x.r));
  }
  return rows;
}

/** The values found in clear in any of the rows, in the order given. */
export const leaks = (rows: readonly string[], values: readonly string[]): string[] => values.filter((value) => rows.some((row) => row.includes(value)));
