import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, ValidateIf } from 'class-validator';
import { ApiServiceConfig, InProduction } from '@consignado/config';
import type { ProposalOperationType } from '@consignado/contracts';
import type { JWK } from 'jose';
import { COMMISSION_RANGES } from './modules/proposal/domain/commission';
import { AcceptanceWindow } from './modules/proposal/domain/formalization';
import { IsPercentWithin } from './shared/config-validators';

const emptyAsUnset = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** proposal configuration (R-X-4): base variables, token issuer, corban commission, INSS rate, contract acceptance. */
export class ProposalConfig extends ApiServiceConfig {
  override PORT = 3001;
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/consignado_proposal';

  /** Corban commission per operation type, % of the released amount (seed 003 §6.3, R-PR-5). */
  @IsPercentWithin(...COMMISSION_RANGES.NEW)
  COMMISSION_NEW_PERCENT = '3.00';

  @IsPercentWithin(...COMMISSION_RANGES.REFINANCING)
  COMMISSION_REFINANCING_PERCENT = '2.00';

  @IsPercentWithin(...COMMISSION_RANGES.PORTABILITY)
  COMMISSION_PORTABILITY_PERCENT = '1.50';

  /**
   * INSS consignado monthly rate as a fraction ("0.0179"), used when a simulation or proposal
   * gives none. Unset: the CNPS cap in force on the contract date (D-1).
   */
  @Transform(emptyAsUnset)
  @IsOptional()
  @Matches(/^0\.(?=\d*[1-9])\d{1,12}$/, { message: 'INSS_MONTHLY_RATE must be a monthly rate fraction above 0 and below 1, e.g. 0.0179' })
  INSS_MONTHLY_RATE?: string;

  /** Attempts per consumed event before it is dead-lettered (a failure that is not "ahead of state"). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  EVENT_MAX_ATTEMPTS = 8;

  /**
   * Attempts (with backoff) an event ahead of the proposal's state gets before it is parked to
   * wait for its precondition; parked events are applied as soon as the proposal catches up. One
   * (the default) parks at first sight: a retry's backoff holds the whole partition, which under
   * load made every proposal behind it wait (`npm run bench:e2e`, README "Performance").
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  AHEAD_EVENT_ATTEMPTS = 1;

  /**
   * Minutes a customer has, from ContractIssued, to accept the contract's CCB (R-LN-9); past them
   * the expiry job cancels the proposal (ACCEPTANCE_EXPIRED). Default 72 h, at most a year.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(525_600)
  ACCEPTANCE_WINDOW_MINUTES = AcceptanceWindow.DEFAULT_MINUTES;

  /** How often the expiry job looks for approved proposals whose acceptance window closed (every instance may run it). */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(86_400_000)
  ACCEPTANCE_EXPIRY_INTERVAL_MS = 60_000;

  /**
   * Days after a customer's last activity (registration, a proposal's last change) before the
   * retention job asks to anonymize them (R-SEC-3; 5 years, CDC art. 27). Loan still keeps anyone
   * a contract obliges it to (README, "Retention").
   */
  @Type(() => Number)
  @IsInt()
  @Min(30)
  @Max(36500)
  PERSONAL_DATA_RETENTION_DAYS = 1825;

  /** How often the retention job runs by itself (default daily); 0 leaves it to the admin route. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(604_800_000)
  PERSONAL_DATA_RETENTION_INTERVAL_MS = 86_400_000;

  /** Where the other services answer `GET /v1/personal-data/{customerId}` for the export: `name=url` pairs, comma-separated. */
  @Matches(/^([a-z-]+=https?:\/\/[^\s,=]+)(,[a-z-]+=https?:\/\/[^\s,=]+)*$/, { message: 'PERSONAL_DATA_SOURCES must be name=http(s)://host:port pairs separated by commas' })
  PERSONAL_DATA_SOURCES = 'credit-analysis=http://127.0.0.1:3002,loan=http://127.0.0.1:3003,averbation-connector=http://127.0.0.1:3004,payment=http://127.0.0.1:3005,notification=http://127.0.0.1:3006';

  /**
   * Where proposal closes a customer's login once their data is anonymized (LGPD): the local
   * provider's `POST /accounts/erasures`. Another provider needs an adapter of its own admin API.
   */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'LOGIN_ACCOUNTS_URL must be a URL' })
  @InProduction((v) => typeof v === 'string' && v.startsWith('https://'), 'LOGIN_ACCOUNTS_URL must be https:// in production')
  LOGIN_ACCOUNTS_URL = 'http://127.0.0.1:9400/accounts/erasures';

  /** proposal's own OAuth client (client credentials, private_key_jwt) for that call. */
  @IsString()
  OIDC_CLIENT_ID = 'proposal-service';

  /** Its private JWK (JSON). Unset in development: the local provider's generated key under infra/.run/identity. */
  @Transform(emptyAsUnset)
  @ValidateIf((config: ProposalConfig) => config.APP_ENV === 'production' || config.OIDC_CLIENT_KEY !== undefined)
  @Matches(/^\{.*"d"\s*:.*\}$/s, { message: 'OIDC_CLIENT_KEY must be a private JWK as JSON' })
  @InProduction((v) => typeof v === 'string' && v.length > 0, 'OIDC_CLIENT_KEY must be set in production (no local key files there)')
  OIDC_CLIENT_KEY?: string;

  /** The key given in OIDC_CLIENT_KEY, by client id (none: the local provider's files). */
  get clientKeys(): Record<string, JWK> | undefined {
    return this.OIDC_CLIENT_KEY ? { [this.OIDC_CLIENT_ID]: JSON.parse(this.OIDC_CLIENT_KEY) as JWK } : undefined;
  }

  get personalDataSources(): Record<string, string> {
    return Object.fromEntries(this.PERSONAL_DATA_SOURCES.split(',').map((pair) => pair.split('=') as [string, string]).map(([name, url]) => [name, url.replace(/\/+$/, '')]));
  }

  get commissionPercents(): Record<ProposalOperationType, string> {
    return { NEW: this.COMMISSION_NEW_PERCENT, REFINANCING: this.COMMISSION_REFINANCING_PERCENT, PORTABILITY: this.COMMISSION_PORTABILITY_PERCENT };
  }
}
