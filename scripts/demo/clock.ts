import type { ServicingClient } from '@consignado/stack-runner';

/**
 * Payment's business clock as the demo's journeys share it (one clock for every billing). A
 * payment dated D needs the business date to be D or later, so a journey asks for "at least D"
 * and the clock only moves forward while the journeys run: none pulls it back under a date
 * another one paid on. The life-cycle journeys date their operations before the collection walk's
 * first date, so the walk finds the clock exactly where it puts it. main resets it to the system
 * date before the journeys (a run stopped midway may have left it ahead) and after them.
 */
export class DemoClock {
  private today: string | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly servicing: ServicingClient) {}

  /** Moves the business date to `date` unless it is already there or later; whether it moved. */
  atLeast(date: string): Promise<boolean> {
    return this.serialized(async () => {
      if (this.today !== null && this.today >= date) return false;
      await this.servicing.setBusinessDate(date);
      this.today = date;
      return true;
    });
  }

  /**
   * Asks, as `caller`, to put the clock where it already is, and returns payment's answer: how a
   * journey shows who may move it without moving it, even should the answer be yes.
   */
  tryAs(caller: ServicingClient): ReturnType<ServicingClient['adjustClock']> {
    return this.serialized(() => caller.adjustClock(this.today));
  }

  /** Back to the system date. */
  reset(): Promise<void> {
    return this.serialized(async () => {
      await this.servicing.setBusinessDate(null);
      this.today = null;
    });
  }

  private serialized<T>(step: () => Promise<T>): Promise<T> {
    const run = this.queue.then(step);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
