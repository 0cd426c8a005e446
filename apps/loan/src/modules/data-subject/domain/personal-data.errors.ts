import { DomainError } from '@consignado/core';

/**
 * A data subject's export asked by a customer for someone else: 404, as a customer's other
 * customer-bound reads, so customer ids cannot be probed (R-SEC-1).
 */
export class PersonalDataNotFoundError extends DomainError {
  constructor(customerId: string) {
    super('PERSONAL_DATA.NOT_FOUND', 'Titular não encontrado', { customerId });
  }
}
