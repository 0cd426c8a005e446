import { IntervalRunner } from './interval-runner';

/** Fake timers: time is advanced by the test, never waited for. */
describe('IntervalRunner (schedulers: the InstallmentDue job, the retention job, the mocks’ workers)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs at once, then once per interval after the previous run ended, and never after stop', async () => {
    const starts: number[] = [];
    const runner = new IntervalRunner(100, async () => {
      starts.push(Date.now());
      await new Promise<void>((resolve) => setTimeout(resolve, 50));
    });
    const t0 = Date.now();
    runner.start();
    await jest.advanceTimersByTimeAsync(310);
    expect(starts.map((t) => t - t0)).toEqual([0, 150, 300]);
    const stopping = runner.stop();
    await jest.advanceTimersByTimeAsync(50);
    await stopping;
    await jest.advanceTimersByTimeAsync(1_000);
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
