import { type BeforeApplicationShutdown, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { IntervalRunner } from './interval-runner';

/**
 * A job a service runs by itself every `intervalMs` (0: never; the first run at start-up), one run
 * at a time, stopped before shutdown. A failed run is logged and the next interval tries again.
 */
export abstract class ScheduledJob implements OnApplicationBootstrap, BeforeApplicationShutdown {
  protected readonly logger: Logger;
  private readonly runner: IntervalRunner | undefined;

  protected constructor(
    private readonly name: string,
    intervalMs: number,
  ) {
    this.logger = new Logger(name);
    this.runner = intervalMs > 0 ? new IntervalRunner(intervalMs, () => this.runOnce()) : undefined;
  }

  /** One run of the job. */
  protected abstract run(): Promise<void>;

  onApplicationBootstrap(): void {
    this.runner?.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner?.stop();
  }

  private async runOnce(): Promise<void> {
    try {
      await this.run();
    } catch (error) {
      this.logger.warn(`${this.name} failed; it runs again at the next interval: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
