import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { BaseServiceConfig } from '@consignado/config';

export class PaymentConfig extends BaseServiceConfig {
  override PORT = 3005;
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/consignado_payment';

  /** Attempts (exponential backoff, capped at 5 s) before an event that keeps failing is dead-lettered. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  EVENT_MAX_ATTEMPTS = 8;
}
