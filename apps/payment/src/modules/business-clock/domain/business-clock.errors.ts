import { DomainError } from '@consignado/core';

/** BUSINESS_CLOCK_ADJUSTABLE=false (production): the business date follows the calendar only. */
export class ClockLockedError extends DomainError {
  constructor() {
    super('PAYMENT.CLOCK_ADJUSTMENT_FORBIDDEN', 'A data de negócio não pode ser ajustada neste ambiente.');
  }
}
