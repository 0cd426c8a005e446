import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsString, Max, Min, MinLength } from 'class-validator';
import { BaseServiceConfig } from '@consignado/config';

/** "true"/"false" from the environment; anything else is left for @IsBoolean to refuse. */
const toBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

export class PaymentConfig extends BaseServiceConfig {
  override PORT = 3005;
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/consignado_payment';

  /** Attempts (exponential backoff, capped at 5 s) before an event that keeps failing is dead-lettered. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  EVENT_MAX_ATTEMPTS = 8;

  /** Value of the `X-Admin-Key` header the admin API and the payroll remittances require. */
  @IsString()
  @MinLength(8)
  ADMIN_API_KEY = 'payment-admin-dev-key';

  /** Whether `PUT /v1/admin/clock` may move the business date; production sets false. */
  @Transform(toBoolean)
  @IsBoolean()
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
