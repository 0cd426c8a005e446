import type { DataSource } from 'typeorm';
import type { AverbationConnectorConfig } from '../../config';
import type { JobNotifications } from './job-notifications';
import { type JobTable, type Leased, leaseRenewal } from './lease';
import type { PollingWorkerOptions } from './polling-worker';

export interface JobWorkerDeps {
  config: AverbationConnectorConfig;
  notifications: JobNotifications;
  dataSource: DataSource;
}

/** A job table's worker: WORKER_CONCURRENCY calls at once, woken by the table's inserts, its leases renewed while jobs run. */
export function jobWorkerOptions<T>(name: string, table: JobTable, { config, notifications, dataSource }: JobWorkerDeps): PollingWorkerOptions<Leased<T>> {
  return {
    name,
    concurrency: config.WORKER_CONCURRENCY,
    pollIntervalMs: config.WORKER_POLL_INTERVAL_MS,
    wakeOn: { notifications, table },
    renew: leaseRenewal(dataSource, table, config.leaseMs),
    traceOf: (job) => job.trace,
  };
}
