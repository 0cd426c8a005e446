import { IntervalRunner } from './interval-runner';

/** Fake timers: time is advanced by the test, never waited for. */
describe('IntervalRunner (the InstallmentDue scheduler\'s loop)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs at once, then once per interval after the previous run ended, and never after stop', async () => {
    const starts: number[] = [];
    const runner = new IntervalRunner(1000, async () => {
      starts.push(Date.now());
      await new Promise<void>((resolve) => setTimeout(resolve, 300)); // a run takes 300 ms
    });
    const t0 = Date.now();
    runner.start();
    await jest.advanceTimersByTimeAsync(2700);
    // Runs start at 0, 0 + 300 + 1000 = 1300, 1300 + 300 + 1000 = 2600.
    expect(starts.map((t) => t - t0)).toEqual([0, 1300, 2600]);
    const stopping = runner.stop();
    await jest.advanceTimersByTimeAsync(300);
    await stopping;
    await jest.advanceTimersByTimeAsync(10_000);
    expect(starts).toHaveLength(3);
  });

  it('stop waits for the run in flight', async () => {
    let finished = false;
    const runner = new IntervalRunner(60_000, async () => {
      await new Promise<void>((resolve) => setTimeout(resolve, 500));
      finished = true;
    });
    runner.start();
    await jest.advanceTimersByTimeAsync(1);
    const stopping = runner.stop().then(() => finished);
    await jest.advanceTimersByTimeAsync(500);
    expect(await stopping).toBe(true);
  });
});
