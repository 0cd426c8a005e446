import { Type } from 'class-transformer';
import { IsInt, IsString, IsUrl, Matches, Max, Min, MinLength, Validate } from 'class-validator';
import { ApiServiceConfig, AtLeast, NotInProduction } from '@consignado/config';

const integer = (min: number, max: number) => (target: object, property: string) => {
  Type(() => Number)(target, property);
  IsInt()(target, property);
  Min(min)(target, property);
  Max(max)(target, property);
};

/**
 * The connector between Kafka and Dataprev (R-AV-1..3), our participant at the interbank
 * portability exchange, the CTC (R-LN-7, R-LN-11), and the bank at the insurer's claims desk
 * (credit-life claims, R-LN-8), validated at start (R-X-4); its API takes OIDC tokens (R-SEC-1)
 * and production refuses the development defaults (R-SEC-2).
 */
export class AverbationConnectorConfig extends ApiServiceConfig {
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

  /**
   * Least time a margin check keeps retrying a Dataprev that fails transiently before
   * MarginCheckFailed (credit analysis rejects on it): a Dataprev outage of a minute is ridden out.
   */
  @integer(0, 3_600_000) MARGIN_CHECK_RETRY_WINDOW_MS = 120_000;

  /** Dataprev calls per registration (and per cancellation) before giving up (R-AV-2). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  AVERBATION_MAX_ATTEMPTS = 6;

  /**
   * Least time a registration, cancellation or alteration keeps retrying a Dataprev that fails
   * transiently before giving up: the contract is booked, so ten minutes of outage are ridden out.
   */
  @integer(0, 86_400_000) AVERBATION_RETRY_WINDOW_MS = 600_000;

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
  @Validate(AtLeast, ['AVERBATION_BACKOFF_BASE_MS'])
  AVERBATION_BACKOFF_MAX_MS = 60_000;

  /** How often idle workers look for due jobs. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(60_000)
  WORKER_POLL_INTERVAL_MS = 250;

  /**
   * Dataprev calls in flight per job kind (margin checks, averbations) and instance. A call in
   * flight costs a socket and a promise, no database connection: waiting on a slow Dataprev must
   * not cap throughput (R-PERF-1), so the bound is high.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(4_096)
  WORKER_CONCURRENCY = 512;

  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'CTC_URL must be an http(s) URL' })
  CTC_URL = 'http://127.0.0.1:3092';

  /** Our ISPB at the exchange (`X-Participant-Ispb`); 99000001 is ConsignadoHub's development ISPB. */
  @Matches(/^\d{8}$/, { message: 'CTC_PARTICIPANT_ISPB must be 8 digits' })
  CTC_PARTICIPANT_ISPB = '99000001';

  /** Our key at the exchange (`X-Api-Key`): a credential for calling the CTC, not for our API; never logged. */
  @IsString()
  @MinLength(8, { message: 'CTC_API_KEY must have at least 8 characters' })
  @NotInProduction('ctc-participant-dev-key', 'CTC_API_KEY must be set in production (the development key is refused)')
  CTC_API_KEY = 'ctc-participant-dev-key';

  /** Longest wait for one exchange answer; above the mock's 3 s worst latency. */
  @integer(100, 120_000) CTC_TIMEOUT_MS = 10_000;

  /** Exchange calls per step of a portability (open, transfer, answer, confirm…) before giving up. */
  @integer(1, 50) CTC_MAX_ATTEMPTS = 8;

  /** Full-jitter backoff of exchange calls and feed reads: retry n waits uniform [0, min(MAX, BASE·2^(n−1))] ms. */
  @integer(1, 3_600_000) CTC_BACKOFF_BASE_MS = 2_000;

  @integer(1, 3_600_000)
  @Validate(AtLeast, ['CTC_BACKOFF_BASE_MS'])
  CTC_BACKOFF_MAX_MS = 120_000;

  /** How often the exchange's message feed is read when the last read found nothing more. */
  @integer(50, 600_000) CTC_FEED_POLL_INTERVAL_MS = 2_000;

  /** Messages per feed read (the exchange allows 1..500). */
  @integer(1, 500) CTC_FEED_PAGE_SIZE = 100;

  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'INSURER_URL must be an http(s) URL' })
  INSURER_URL = 'http://127.0.0.1:3093';

  /** Our key at the insurer's claims API (`X-Api-Key`): a credential for calling the insurer, not for our API; never logged. */
  @IsString()
  @MinLength(8, { message: 'INSURER_API_KEY must have at least 8 characters' })
  @NotInProduction('insurer-partner-dev-key', 'INSURER_API_KEY must be set in production (the development key is refused)')
  INSURER_API_KEY = 'insurer-partner-dev-key';

  /** Longest wait for one insurer answer; above the mock's 1.5 s worst latency. */
  @integer(100, 120_000) INSURER_TIMEOUT_MS = 10_000;

  /** How often a claim under review is asked about (the insurer decides when it decides). */
  @integer(50, 86_400_000) INSURER_POLL_INTERVAL_MS = 2_000;

  /**
   * Full-jitter backoff of a failing insurer call: retry n waits uniform [0, min(MAX, BASE·2^(n−1))]
   * ms. A claim is never given up for a failing insurer (it is the money that settles a contract).
   */
  @integer(1, 3_600_000) INSURER_BACKOFF_BASE_MS = 1_000;

  @integer(1, 3_600_000)
  @Validate(AtLeast, ['INSURER_BACKOFF_BASE_MS'])
  INSURER_BACKOFF_MAX_MS = 60_000;

  /** Failed calls in a row after which each further failure of a claim is logged at error level (an operator should look). */
  @integer(1, 1_000) INSURER_ALERT_AFTER_ATTEMPTS = 8;

  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'RAIL_URL must be an http(s) URL' })
  RAIL_URL = 'http://127.0.0.1:3094';

  /** Our key at the payment rail's transfers API (`X-Api-Key`): a credential for calling the rail, not for our API; never logged. */
  @IsString()
  @MinLength(8, { message: 'RAIL_API_KEY must have at least 8 characters' })
  @NotInProduction('rail-partner-dev-key', 'RAIL_API_KEY must be set in production (the development key is refused)')
  RAIL_API_KEY = 'rail-partner-dev-key';

  /** Longest wait for one rail answer; above the mock's 1.5 s worst latency. */
  @integer(100, 120_000) RAIL_TIMEOUT_MS = 10_000;

  /** How often a pending transfer is asked about (the rail settles when it settles). */
  @integer(50, 86_400_000) RAIL_POLL_INTERVAL_MS = 1_000;

  /** Full-jitter backoff of a failing rail call: retry n waits uniform [0, min(MAX, BASE·2^(n−1))] ms. */
  @integer(1, 3_600_000) RAIL_BACKOFF_BASE_MS = 1_000;

  @integer(1, 3_600_000)
  @Validate(AtLeast, ['RAIL_BACKOFF_BASE_MS'])
  RAIL_BACKOFF_MAX_MS = 60_000;

  /**
   * Failed filings after which a disbursement may fail RAIL.UNAVAILABLE — only once the rail
   * confirms it holds no transfer with its id (GET → 404); never while the outcome is unknown.
   */
  @integer(1, 1_000) RAIL_MAX_ATTEMPTS = 8;

  /**
   * A claimed job (Dataprev's, the exchange's, the insurer's or the rail's) is another instance's to retry once its lease
   * lapses; the instance running it renews the lease every third of this while its calls last, so
   * this bounds how long a crashed instance's jobs wait, not how long a call may take.
   */
  @integer(3_000, 600_000) JOB_LEASE_MS = 15_000;

  get leaseMs(): number {
    return this.JOB_LEASE_MS;
  }

  /** The exchange's feed is another instance's to read after this long: one call, and then some. */
  get ctcLeaseMs(): number {
    return 2 * this.CTC_TIMEOUT_MS + 30_000;
  }
}
