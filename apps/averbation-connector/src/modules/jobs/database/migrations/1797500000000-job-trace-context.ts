import type { MigrationInterface, QueryRunner } from 'typeorm';

const JOB_TABLES = ['margin_check', 'averbation', 'averbation_alteration', 'portability_in', 'portability_out'];

/**
 * The W3C trace context of the transaction that created each job (`{traceparent, tracestate}`),
 * so the worker that runs it later continues the same trace (R-X-3). Null for older jobs.
 */
export class JobTraceContext1797500000000 implements MigrationInterface {
  name = 'JobTraceContext1797500000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of JOB_TABLES) await q.query(`ALTER TABLE ${table} ADD COLUMN trace_context jsonb NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of JOB_TABLES) await q.query(`ALTER TABLE ${table} DROP COLUMN trace_context`);
  }
}
