import { type BeforeApplicationShutdown, Global, Injectable, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { pgListener, type PgListener } from '@consignado/eventing';
import { AverbationConnectorConfig } from '../../config';
import { JOBS_CHANNEL } from './database';

/**
 * Wakes a worker when a job is committed into its table (the NOTIFY of migration
 * NotifyNewJobs, `schema.table`), so a job starts in milliseconds rather than at the next poll.
 * Every instance listens; the one whose claim wins runs the job.
 */
@Injectable()
export class JobNotifications implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly wakers = new Map<string, Array<() => void>>();
  private readonly listener: PgListener;
  private readonly schema: string;

  constructor(@InjectDataSource() dataSource: DataSource, config: AverbationConnectorConfig) {
    this.schema = config.DATABASE_SCHEMA;
    this.listener = pgListener(dataSource, JOBS_CHANNEL, (payload) => this.dispatch(payload), 'JobNotifications');
  }

  /** Calls `wake` on each job committed into `table` of this service's schema. */
  subscribe(table: string, wake: () => void): void {
    this.wakers.set(table, [...(this.wakers.get(table) ?? []), wake]);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listener.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.listener.stop();
  }

  private dispatch(payload: string): void {
    const dot = payload.indexOf('.');
    if (payload.slice(0, dot) !== this.schema) return;
    for (const wake of this.wakers.get(payload.slice(dot + 1)) ?? []) wake();
  }
}

@Global()
@Module({ providers: [JobNotifications], exports: [JobNotifications] })
export class JobNotificationsModule {}
