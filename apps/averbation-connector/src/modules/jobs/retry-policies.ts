import type { Provider } from '@nestjs/common';
import { AverbationConnectorConfig } from '../../config';
import { RetryPolicy } from './domain/retry-policy';

export const MARGIN_CHECK_RETRY = Symbol('MARGIN_CHECK_RETRY');
export const AVERBATION_RETRY = Symbol('AVERBATION_RETRY');
export const CTC_RETRY = Symbol('CTC_RETRY');
export const INSURER_RETRY = Symbol('INSURER_RETRY');
export const RAIL_RETRY = Symbol('RAIL_RETRY');

/**
 * One backoff (base, cap) for every Dataprev call, another for the exchange's, another for the
 * insurer's, another for the rail's; attempts (and, for Dataprev, a time window) per kind of work.
 * An insurer call is never given up (a claim is the money that settles a contract): its policy has
 * no last attempt. The rail's last attempt only ends the filing: the disbursement then asks the
 * rail whether it holds the transfer before it may fail.
 */
export const retryPolicyProviders: Provider[] = [
  {
    provide: MARGIN_CHECK_RETRY,
    inject: [AverbationConnectorConfig],
    useFactory: (c: AverbationConnectorConfig) => new RetryPolicy(c.MARGIN_CHECK_MAX_ATTEMPTS, c.AVERBATION_BACKOFF_BASE_MS, c.AVERBATION_BACKOFF_MAX_MS, c.MARGIN_CHECK_RETRY_WINDOW_MS),
  },
  {
    provide: AVERBATION_RETRY,
    inject: [AverbationConnectorConfig],
    useFactory: (c: AverbationConnectorConfig) => new RetryPolicy(c.AVERBATION_MAX_ATTEMPTS, c.AVERBATION_BACKOFF_BASE_MS, c.AVERBATION_BACKOFF_MAX_MS, c.AVERBATION_RETRY_WINDOW_MS),
  },
  {
    provide: CTC_RETRY,
    inject: [AverbationConnectorConfig],
    useFactory: (c: AverbationConnectorConfig) => new RetryPolicy(c.CTC_MAX_ATTEMPTS, c.CTC_BACKOFF_BASE_MS, c.CTC_BACKOFF_MAX_MS),
  },
  {
    provide: INSURER_RETRY,
    inject: [AverbationConnectorConfig],
    useFactory: (c: AverbationConnectorConfig) => new RetryPolicy(Number.MAX_SAFE_INTEGER, c.INSURER_BACKOFF_BASE_MS, c.INSURER_BACKOFF_MAX_MS),
  },
  {
    provide: RAIL_RETRY,
    inject: [AverbationConnectorConfig],
    useFactory: (c: AverbationConnectorConfig) => new RetryPolicy(c.RAIL_MAX_ATTEMPTS, c.RAIL_BACKOFF_BASE_MS, c.RAIL_BACKOFF_MAX_MS),
  },
];
