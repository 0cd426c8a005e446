import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { BaseServiceConfig } from '@consignado/config';

export class LoanConfig extends BaseServiceConfig {
  override PORT = 3003;
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/consignado_loan';

  /**
   * Attempts (with exponential backoff capped at 5 s) before an event that keeps failing goes to
   * the dead-letter topic. Events that arrive before their precondition (AverbationCompleted
   * before the contract is booked) are retried within this budget, then can be replayed.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  EVENT_MAX_ATTEMPTS = 8;
}
