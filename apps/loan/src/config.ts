import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { ApiServiceConfig } from '@consignado/config';

/** loan configuration (R-X-4): base variables, the token issuer of its API (R-SEC-1), event retries, retention offer, contract records' retention. */
export class LoanConfig extends ApiServiceConfig {
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

  /**
   * Retention offer on a portability out (R-LN-11): the monthly rate cut offered to keep the
   * customer, as a fraction ("0.002" = 0.2 percentage point a month; the offer is priced with
   * finance at rate − cut over the remaining installments and made only if it lowers the
   * installment). "0" makes no offer.
   */
  @Matches(/^0(\.[0-9]{1,6})?$/, { message: 'PORTABILITY_RETENTION_RATE_CUT must be a monthly fraction below 1 with up to 6 decimals, e.g. "0.002" ("0" = no offer)' })
  PORTABILITY_RETENTION_RATE_CUT = '0';

  /**
   * Years a closed contract's records (and so its customer's personal data) are kept after the
   * contract closed, before an erasure may anonymize them (LGPD art. 16 I; Res. CMN 4.753/2019,
   * Circ. Bacen 3.978/2020). Whole years, 1 to 30.
   */
  @Type(() => Number)
  @IsInt({ message: 'CONTRACT_RECORDS_RETENTION_YEARS must be a whole number of years between 1 and 30' })
  @Min(1, { message: 'CONTRACT_RECORDS_RETENTION_YEARS must be a whole number of years between 1 and 30' })
  @Max(30, { message: 'CONTRACT_RECORDS_RETENTION_YEARS must be a whole number of years between 1 and 30' })
  CONTRACT_RECORDS_RETENTION_YEARS = 10;
}
