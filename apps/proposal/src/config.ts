import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ApiServiceConfig } from '@consignado/config';
import type { OperationType } from '@consignado/contracts';
import { COMMISSION_RANGES } from './modules/proposal/domain/commission';
import { IsPercentWithin } from './shared/config-validators';

const emptyAsUnset = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** proposal configuration (R-X-4): base variables, token issuer, corban commission, INSS rate. */
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
   * wait for its precondition; parked events are applied as soon as the proposal catches up.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  AHEAD_EVENT_ATTEMPTS = 3;

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

  get personalDataSources(): Record<string, string> {
    return Object.fromEntries(this.PERSONAL_DATA_SOURCES.split(',').map((pair) => pair.split('=') as [string, string]).map(([name, url]) => [name, url.replace(/\/+$/, '')]));
  }

  get commissionPercents(): Record<OperationType, string> {
    return { NEW: this.COMMISSION_NEW_PERCENT, REFINANCING: this.COMMISSION_REFINANCING_PERCENT, PORTABILITY: this.COMMISSION_PORTABILITY_PERCENT };
  }
}
