import { loadConfig } from '@consignado/config';
import { ProposalConfig } from '../../../../config';
import { AcceptanceExpiryScheduler } from './acceptance-expiry.scheduler';
import type { ExpireAcceptancesHandler } from './expire-acceptances.handler';

describe('AcceptanceExpiryScheduler (R-LN-9)', () => {
  it('runs the expiry at start and then every ACCEPTANCE_EXPIRY_INTERVAL_MS, and a failed run does not stop it', async () => {
    jest.useFakeTimers();
    const execute = jest.fn().mockRejectedValueOnce(new Error('database away')).mockResolvedValue([]);
    const scheduler = new AcceptanceExpiryScheduler({ execute } as unknown as ExpireAcceptancesHandler, loadConfig(ProposalConfig, { ACCEPTANCE_EXPIRY_INTERVAL_MS: '1000' }));
    scheduler.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(0);
    await jest.advanceTimersByTimeAsync(1000);
    await jest.advanceTimersByTimeAsync(1000);
    expect(execute).toHaveBeenCalledTimes(3);
    await scheduler.beforeApplicationShutdown();
    await jest.advanceTimersByTimeAsync(5000);
    expect(execute).toHaveBeenCalledTimes(3);
    jest.useRealTimers();
  });
});
