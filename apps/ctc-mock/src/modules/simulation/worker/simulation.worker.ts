import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IntervalRunner } from '@consignado/mock-kit';
import { CtcMockConfig } from '../../../config';
import { type DueAction, SCHEDULED_ACTIONS, type ScheduledActionRepository } from '../database/scheduled-action.repository';
import { PerformActionHandler } from './perform-action.handler';

const RETRY_MS = 5_000;
const PER_RUN = 50;

/**
 * Performs the simulated banks' due moves every CTC_WORKER_INTERVAL_MS, one transaction per move:
 * take the oldest due action (SKIP LOCKED, so instances share the work), perform it, mark it done.
 * A move that crashes is rolled back and tried again later.
 */
@Injectable()
export class SimulationWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('SimulatedBanks');
  private readonly runner: IntervalRunner;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly handler: PerformActionHandler,
    @Inject(SCHEDULED_ACTIONS) private readonly actions: ScheduledActionRepository,
    @Inject(CtcMockConfig) config: CtcMockConfig,
  ) {
    this.runner = new IntervalRunner(config.CTC_WORKER_INTERVAL_MS, async () => void (await this.drain()));
  }

  onApplicationBootstrap(): void {
    this.runner.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }

  /** Performs due moves until none is left (or PER_RUN, to let the next interval come). */
  async drain(): Promise<number> {
    for (let performed = 0; performed < PER_RUN; performed++) if (!(await this.performOne())) return performed;
    return PER_RUN;
  }

  /** One due move in its own transaction; false when none was due or the move failed (stop this run). */
  private async performOne(): Promise<boolean> {
    let taken: DueAction | undefined;
    try {
      return await this.dataSource.transaction(async (manager) => {
        taken = await this.actions.takeDue(manager, new Date());
        if (!taken) return false;
        const outcome = await this.handler.execute(manager, taken, new Date());
        this.logger.debug(`${taken.action} on ${taken.nu}: ${outcome}`);
        return true;
      });
    } catch (error) {
      if (taken) await this.retryLater(taken.id, error);
      else this.logger.warn(`Simulated banks' worker could not take a move: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }

  private async retryLater(id: string, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    this.logger.warn(`Simulated move ${id} failed; retried in ${RETRY_MS} ms: ${message}`);
    await this.actions.retryLater(id, message, new Date(Date.now() + RETRY_MS)).catch(() => undefined);
  }
}
