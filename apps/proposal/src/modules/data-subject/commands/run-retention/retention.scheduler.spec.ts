import { loadConfig } from '@consignado/config';
import { ProposalConfig } from '../../../../config';
import type { RunRetentionHandler } from './run-retention.handler';
import { RetentionScheduler } from './retention.scheduler';

const run = { asOf: '', retentionDays: 1825, examined: 0, opened: [], skipped: 0 };

describe('RetentionScheduler', () => {
  it('runs the job at start and then every interval, and a failed run does not stop it', async () => {
    jest.useFakeTimers();
    const execute = jest.fn().mockRejectedValueOnce(new Error('database away')).mockResolvedValue(run);
    const scheduler = new RetentionScheduler({ execute } as unknown as RunRetentionHandler, loadConfig(ProposalConfig, { PERSONAL_DATA_RETENTION_INTERVAL_MS: '1000' }));
    scheduler.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(0);
    await jest.advanceTimersByTimeAsync(1000);
    await jest.advanceTimersByTimeAsync(1000);
    expect(execute.mock.calls).toEqual([['retention-scheduler', 1000], ['retention-scheduler', 1000], ['retention-scheduler', 1000]]);
    await scheduler.beforeApplicationShutdown();
    await jest.advanceTimersByTimeAsync(5000);
    expect(execute).toHaveBeenCalledTimes(3);
    jest.useRealTimers();
  });

  it('with interval 0 never runs by itself', async () => {
    const execute = jest.fn();
    const scheduler = new RetentionScheduler({ execute } as unknown as RunRetentionHandler, loadConfig(ProposalConfig, { PERSONAL_DATA_RETENTION_INTERVAL_MS: '0' }));
    scheduler.onApplicationBootstrap();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(execute).not.toHaveBeenCalled();
  });
});
