import type { DataSource } from 'typeorm';

type Row = Record<string, unknown>;

/** One table's rows still holding personal data in clear, and how to seal one. */
export interface BackfillJob {
  readonly table: string;
  /** Unique and ordered: the batches walk the table by it. */
  readonly key: string;
  readonly columns: readonly string[];
  /** SQL condition of a row that still needs sealing: the backfill touches no other row. */
  readonly clear: string;
  /** Column → SQL type of the parameter (`jsonb`), where the column needs a cast. */
  readonly types?: Readonly<Record<string, string>>;
  /** The values to write, by column. */
  seal(row: Row): Row;
}

/**
 * Seals a table's clear rows in batches, a transaction per batch (the batch's rows locked `FOR
 * UPDATE`), walking the key so each row is read once. Idempotent: sealed rows no longer match
 * `clear`. Returns how many rows it sealed.
 */
export async function runBackfill(dataSource: DataSource, job: BackfillJob, batchSize: number): Promise<number> {
  let sealed = 0;
  for (let after: unknown = null; ; ) {
    const rows = await dataSource.transaction(async (manager) => {
      const from = after === null ? '' : ` AND ${job.key} > $2`;
      const found = (await manager.query(
        `SELECT ${job.key}, ${job.columns.join(', ')} FROM ${job.table} WHERE (${job.clear})${from} ORDER BY ${job.key} LIMIT $1 FOR UPDATE`,
        after === null ? [batchSize] : [batchSize, after],
      )) as Row[];
      for (const row of found) {
        const values = Object.entries(job.seal(row));
        const set = values.map(([column], k) => `${column} = $${k + 2}${job.types?.[column] ? `::${job.types[column]}` : ''}`).join(', ');
        await manager.query(`UPDATE ${job.table} SET ${set} WHERE ${job.key} = $1`, [row[job.key], ...values.map(([, value]) => value)]);
      }
      return found;
    });
    sealed += rows.length;
    if (rows.length < batchSize) return sealed;
    after = rows[rows.length - 1][job.key];
  }
}

/** Runs the jobs one after the other; how many rows each table needed sealed. */
export async function runBackfills(dataSource: DataSource, jobs: readonly BackfillJob[], batchSize: number): Promise<Record<string, number>> {
  const sealed: Record<string, number> = {};
  for (const job of jobs) sealed[job.table] = (sealed[job.table] ?? 0) + (await runBackfill(dataSource, job, batchSize));
  return sealed;
}
