import { Type } from 'class-transformer';
import { IsInt, IsUrl, Matches, Max, Min, Validate, type ValidationArguments, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { BaseServiceConfig } from '@consignado/config';

@ValidatorConstraint({ name: 'backoffRange' })
class BackoffRange implements ValidatorConstraintInterface {
  validate(max: number, args: ValidationArguments): boolean {
    return max >= (args.object as AverbationConnectorConfig).AVERBATION_BACKOFF_BASE_MS;
  }
  defaultMessage(): string {
    return 'AVERBATION_BACKOFF_MAX_MS must be at least AVERBATION_BACKOFF_BASE_MS';
  }
}

/** The connector between Kafka and Dataprev (R-AV-1..3), validated at start (R-X-4). */
export class AverbationConnectorConfig extends BaseServiceConfig {
  override PORT = 3004;
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/consignado_averbation';

  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'DATAPREV_URL must be an http(s) URL' })
  DATAPREV_URL = 'http://127.0.0.1:3090';

  /** Longest wait for one Dataprev answer; above the mock's 10 s worst latency. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(120_000)
  DATAPREV_TIMEOUT_MS = 15_000;

  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every Redis key (tests give each run its own). */
  @Matches(/^[a-z0-9][a-z0-9:_-]{0,60}$/, { message: 'REDIS_KEY_PREFIX must be lower-case letters, digits, ":", "_" or "-"' })
  REDIS_KEY_PREFIX = 'averbation';

  /** How long a Dataprev margin answer is served from Redis (R-AV-3: 5 minutes). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86_400)
  MARGIN_CACHE_TTL_SECONDS = 300;

  /** Dataprev calls per margin check before MarginCheckFailed. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  MARGIN_CHECK_MAX_ATTEMPTS = 4;

  /** Dataprev calls per registration (and per cancellation) before giving up (R-AV-2). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  AVERBATION_MAX_ATTEMPTS = 6;

  /** Exponential backoff with full jitter: retry n waits uniform [0, min(MAX, BASE·2^(n−1))] ms. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3_600_000)
  AVERBATION_BACKOFF_BASE_MS = 1_000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3_600_000)
  @Validate(BackoffRange)
  AVERBATION_BACKOFF_MAX_MS = 60_000;

  /** How often idle workers look for due jobs. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(60_000)
  WORKER_POLL_INTERVAL_MS = 250;

  /** Dataprev calls in flight per job kind (margin checks, averbations) and instance. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(64)
  WORKER_CONCURRENCY = 8;

  /** A claimed job is another instance's to retry after this long (covers a cancel's two calls). */
  get leaseMs(): number {
    return 3 * this.DATAPREV_TIMEOUT_MS + 30_000;
  }
}
