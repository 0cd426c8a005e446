import { type BeforeApplicationShutdown, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { inJobSpan } from '@consignado/service-kit';
import type { JobNotifications } from './job-notifications';

export interface PollingWorkerOptions<J> {
  name: string;
  /** Jobs in flight at most (each is one Dataprev conversation). */
  concurrency: number;
  pollIntervalMs: number;
  /** The job table whose inserts wake this worker at once (JobNotifications); polling alone without. */
  wakeOn?: { notifications: JobNotifications; table: string };
  /** Extends the leases of the jobs in flight, every `everyMs` while any runs. */
  renew?: { everyMs: number; leases: (jobs: J[]) => Promise<void> };
  /** The trace a job was queued in, continued while it runs. */
  traceOf?: (job: J) => Record<string, string> | undefined;
}

/**
 * Runs due jobs from a table in the background, started and stopped with the app. `claim` must
 * take jobs atomically (FOR UPDATE SKIP LOCKED plus a lease), so several instances share the work
 * without running a job twice at once. Slow jobs never block the Kafka consumers: the consumers
 * only insert jobs. On shutdown, calls in flight are aborted and their jobs released for others.
 */
export abstract class PollingWorker<J> implements OnApplicationBootstrap, BeforeApplicationShutdown {
  protected readonly logger: Logger;
  private readonly inFlight = new Map<Promise<void>, J>();
  private readonly stopping = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private renewal: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private claiming = false;
  /** Woken while claiming: look again as soon as this round ends. */
  private wokenMidRound = false;

  protected constructor(private readonly options: PollingWorkerOptions<J>) {
    this.logger = new Logger(options.name);
  }

  /** Takes up to `limit` due jobs for this instance. */
  protected abstract claim(limit: number): Promise<J[]>;

  /** Runs one claimed job; `signal` aborts when the app stops. Errors are logged, the lease then expires. */
  protected abstract run(job: J, signal: AbortSignal): Promise<void>;

  onApplicationBootstrap(): void {
    this.options.wakeOn?.notifications.subscribe(this.options.wakeOn.table, () => this.wake());
    const renew = this.options.renew;
    if (renew) this.renewal = setInterval(() => void this.renewLeases(renew.leases), renew.everyMs);
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    clearTimeout(this.timer);
    clearInterval(this.renewal);
    await this.polling;
    await Promise.allSettled([...this.inFlight.keys()]);
  }

  private async renewLeases(leases: (jobs: J[]) => Promise<void>): Promise<void> {
    if (this.inFlight.size === 0) return;
    try {
      await leases([...this.inFlight.values()]);
    } catch (error) {
      this.logger.warn(`renewing leases failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /**
   * Looks for due jobs now rather than at the next poll: on a new job's NOTIFY (JobNotifications),
   * and when a job ends while more were waiting. Polling stays the safety net.
   */
  wake(): void {
    if (this.stopping.signal.aborted) return;
    if (this.claiming) {
      this.wokenMidRound = true;
      return;
    }
    clearTimeout(this.timer);
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopping.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.polling = this.poll();
    }, delayMs);
  }

  private async poll(): Promise<void> {
    let claimed = 0;
    const free = this.options.concurrency - this.inFlight.size;
    this.claiming = true;
    try {
      if (free > 0) {
        const jobs = await this.claim(free);
        claimed = jobs.length;
        for (const job of jobs) this.start(job);
      }
    } catch (error) {
      this.logger.warn(`claiming jobs failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.claiming = false;
    const again = this.wokenMidRound || (claimed > 0 && claimed === free);
    this.wokenMidRound = false;
    // A full batch means more may be due: look again at once.
    this.schedule(again ? 0 : this.options.pollIntervalMs);
  }

  private start(job: J): void {
    const running = inJobSpan(`${this.options.name} job`, this.options.traceOf?.(job), () => this.run(job, this.stopping.signal))
      .catch((error: unknown) => this.logger.error(`job failed; it will be retried when its lease expires: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        // A full worker stopped claiming: more may be due now that a slot is free.
        const wasFull = this.inFlight.size >= this.options.concurrency;
        this.inFlight.delete(running);
        if (wasFull) this.wake();
      });
    this.inFlight.set(running, job);
  }
}
