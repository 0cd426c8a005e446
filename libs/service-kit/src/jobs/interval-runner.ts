/**
 * Runs a task every `intervalMs` (the first run at once), one run at a time, until stopped.
 * `stop` waits for a run in flight, so nothing runs while the app shuts down.
 */
export class IntervalRunner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly intervalMs: number,
    private readonly task: () => Promise<void>,
  ) {}

  start(): void {
    this.next(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private next(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.task().finally(() => this.next(this.intervalMs));
    }, delayMs);
  }
}
