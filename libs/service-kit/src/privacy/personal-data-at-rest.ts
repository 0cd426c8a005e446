import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource, type DataSourceOptions, type MigrationInterface } from 'typeorm';
import type { FieldCipher } from '@consignado/core';
import { type BackfillJob, runBackfills } from './backfill';

export type PostgresOptions = Extract<DataSourceOptions, { type: 'postgres' }>;
/** TypeORM lists migrations as classes. */
export type MigrationClass = new () => MigrationInterface;

/** A service's personal data at rest: what refuses clear values, and how to seal the rows before. */
export interface SealingPlan {
  /** Migrations that refuse personal data in clear (CHECK … LIKE 'pii:v1:%'); also listed in the options' migrations. */
  readonly sealedOnly: readonly MigrationClass[];
  /** The tables' backfills, in order. */
  readonly backfills: (cipher: FieldCipher) => readonly BackfillJob[];
}

/** Seals every row of the plan's tables still holding personal data in clear; how many each table needed. */
export function sealClearRows(dataSource: DataSource, plan: SealingPlan, cipher: FieldCipher, batchSize = 500): Promise<Record<string, number>> {
  return runBackfills(dataSource, plan.backfills(cipher), batchSize);
}

/** TypeORM's own reading: a migration's timestamp is the last 13 digits of its name. */
const timestampOf = (migration: MigrationClass): number => Number(migration.name.slice(-13));

/**
 * Start-up step for personal data at rest, before the service's DataSource exists — so before it
 * serves a request, consumes an event or reports ready. While a sealed-only migration is still
 * pending: run the migrations before the first of them, seal the rows written before (idempotent
 * batches), then run the rest. One instance at a time (an advisory lock per schema); once those
 * migrations are recorded this is one query and the DataSource migrates as usual.
 */
export async function migrateSealingPersonalData(options: PostgresOptions, plan: SealingPlan, cipher: FieldCipher, batchSize = 500): Promise<void> {
  const schema = options.schema ?? 'public';
  const lock = new Client({ connectionString: options.url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [`${schema}:seal-personal-data`]);
    const cut = await firstPendingSealedOnly(lock, schema, options.migrationsTableName ?? 'migrations', plan.sealedOnly);
    if (cut === undefined) return;
    const migrations = (options.migrations ?? []) as MigrationClass[];
    await withDataSource({ ...options, migrations: migrations.filter((m) => timestampOf(m) < cut) }, async (dataSource) => {
      await dataSource.runMigrations({ transaction: 'each' });
      const sealed = await runBackfills(dataSource, plan.backfills(cipher), batchSize);
      new Logger('PersonalDataAtRest').log({ message: 'rows in clear sealed', ...sealed });
    });
    await withDataSource(options, (dataSource) => dataSource.runMigrations({ transaction: 'each' }));
  } finally {
    // Ending the session releases the lock.
    await lock.end();
  }
}

/** The timestamp of the first sealed-only migration not yet recorded, if any. */
async function firstPendingSealedOnly(client: Client, schema: string, table: string, sealedOnly: readonly MigrationClass[]): Promise<number | undefined> {
  const { rows: found } = await client.query<{ t: string | null }>('SELECT to_regclass(format($1, $2::text, $3::text)) AS t', ['%I.%I', schema, table]);
  const done = found[0].t === null ? [] : (await client.query<{ name: string }>(`SELECT name FROM "${schema.replace(/"/g, '""')}"."${table.replace(/"/g, '""')}"`)).rows.map((r) => r.name);
  const pending = sealedOnly.filter((m) => !done.includes(m.name)).map(timestampOf);
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
