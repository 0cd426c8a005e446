import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource, type DataSourceOptions, type MigrationInterface } from 'typeorm';
import type { FieldCipher } from '@consignado/core';
import { SEALED_ONLY_MIGRATIONS } from './database';
import { customerBackfill } from './modules/customer/database';
import { proposalDataBackfills } from './modules/proposal/database';
import { runBackfill } from './shared/backfill';

type PostgresOptions = Extract<DataSourceOptions, { type: 'postgres' }>;
/** TypeORM lists migrations as classes. */
type Migration = new () => MigrationInterface;

/** TypeORM's own reading: a migration's timestamp is the last 13 digits of its name. */
const timestampOf = (migration: Migration): number => Number(migration.name.slice(-13));

/** Seals every row still holding personal data in clear, table by table (R-SEC-3); how many each needed. */
export async function backfillPersonalData(dataSource: DataSource, cipher: FieldCipher, batchSize = 500): Promise<Record<string, number>> {
  const sealed: Record<string, number> = {};
  for (const job of [customerBackfill(cipher), ...proposalDataBackfills(cipher)]) sealed[job.table] = await runBackfill(dataSource, job, batchSize);
  return sealed;
}

/**
 * Start-up step for personal data at rest, before the service's DataSource exists — so before it
 * serves a request, consumes an event or reports ready. While a migration that refuses clear data
 * (SEALED_ONLY_MIGRATIONS) is still pending: run the migrations before it, seal the rows written
 * before (idempotent batches), then run the rest. One instance at a time (an advisory lock per
 * schema); once those migrations are recorded this is one query and the DataSource migrates as usual.
 */
export async function migrateSealingPersonalData(options: PostgresOptions, cipher: FieldCipher, batchSize = 500): Promise<void> {
  const schema = options.schema ?? 'public';
  const lock = new Client({ connectionString: options.url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [`${schema}:seal-personal-data`]);
    const cut = await firstPendingSealedOnly(lock, schema, options.migrationsTableName ?? 'migrations');
    if (cut === undefined) return;
    const migrations = (options.migrations ?? []) as Migration[];
    await withDataSource({ ...options, migrations: migrations.filter((m) => timestampOf(m) < cut) }, async (dataSource) => {
      await dataSource.runMigrations({ transaction: 'each' });
      const sealed = await backfillPersonalData(dataSource, cipher, batchSize);
      new Logger('PersonalDataAtRest').log({ message: 'rows in clear sealed', ...sealed });
    });
    await withDataSource(options, (dataSource) => dataSource.runMigrations({ transaction: 'each' }));
  } finally {
    // Ending the session releases the lock.
    await lock.end();
  }
}

/** The timestamp of the first sealed-only migration not yet recorded, if any. */
async function firstPendingSealedOnly(client: Client, schema: string, table: string): Promise<number | undefined> {
  const { rows: found } = await client.query<{ t: string | null }>('SELECT to_regclass(format($1, $2::text, $3::text)) AS t', ['%I.%I', schema, table]);
  const done = found[0].t === null ? [] : (await client.query<{ name: string }>(`SELECT name FROM "${schema.replace(/"/g, '""')}"."${table.replace(/"/g, '""')}"`)).rows.map((r) => r.name);
  const pending = SEALED_ONLY_MIGRATIONS.filter((m) => !done.includes(m.name)).map(timestampOf);
  return pending.length === 0 ? undefined : Math.min(...pending);
}

async function withDataSource<T>(options: PostgresOptions, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = new DataSource({ ...options, migrationsRun: false, extra: { ...options.extra, max: 2 } });
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
