import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { errorFields, type Logger } from './logger';

/** TypeORM's PostgreSQL driver keeps its pg Pool in `master`; narrowed here, once. */
function poolOf(dataSource: DataSource): Pool | undefined {
  const master: unknown = (dataSource.driver as { master?: unknown }).master;
  const candidate = master as Partial<Pool> | undefined;
  return typeof candidate?.connect === 'function' ? (master as Pool) : undefined;
}

/**
 * Holds one pooled connection in LISTEN on `channel` and calls `onNotify` with each notification's
 * payload (delivered by PostgreSQL when the notifying transaction commits). Only a latency
 * optimisation: if it cannot listen (or loses its connection) its user still finds rows by
 * polling; it re-listens after a pause.
 */
export class PgListener {
  private client: PoolClient | undefined;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly channel: string,
    private readonly onNotify: (payload: string) => void,
    private readonly logger: Logger,
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  }

  async start(): Promise<void> {
    const pool = poolOf(this.dataSource);
    if (!pool || this.stopped) return;
    try {
      const client = await pool.connect();
      client.on('notification', (message) => {
        if (message.channel === this.channel) this.onNotify(message.payload ?? '');
      });
      client.on('error', (error) => this.lost(client, error));
      await client.query(`LISTEN ${this.channel}`);
      this.client = client;
    } catch (error) {
      this.logger.warn(`LISTEN ${this.channel} unavailable; polling only for now`, errorFields(error));
      this.scheduleRetry();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    await client.query(`UNLISTEN ${this.channel}`).catch(() => undefined);
    client.release();
  }

  private lost(client: PoolClient, error: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.logger.warn(`LISTEN ${this.channel} connection lost`, errorFields(error));
    client.release(error);
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    this.retry = setTimeout(() => void this.start(), 2_000);
    this.retry.unref();
  }
}
