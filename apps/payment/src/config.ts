import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import { ApiServiceConfig, InProduction } from '@consignado/config';

/** "true"/"false" from the environment; anything else is left for @IsBoolean to refuse. */
const toBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

/** payment configuration (R-X-4): base variables, token issuer (R-SEC-1), servicing jobs, the business clock. */
export class PaymentConfig extends ApiServiceConfig {
  override PORT = 3005;
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/consignado_payment';

  /** Attempts (exponential backoff, capped at 5 s) before an event that keeps failing is dead-lettered. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  EVENT_MAX_ATTEMPTS = 8;

  /** Whether `PUT /v1/admin/clock` may move the business date; production must set false (R-SEC-2). */
  @Transform(toBoolean)
  @IsBoolean()
  @InProduction((v) => v === false, 'BUSINESS_CLOCK_ADJUSTABLE must be false in production')
  BUSINESS_CLOCK_ADJUSTABLE = true;

  /** UPCOMING reminders go out for installments due from today up to this many days ahead. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60)
  REMINDER_DAYS_AHEAD = 5;

  /** How often the InstallmentDue job runs for the business date; 0 disables the scheduler. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  INSTALLMENT_DUE_JOB_INTERVAL_MS = 60_000;
}
