import { DomainError } from '@consignado/core';

/**
 * A data subject's export asked by a customer for someone else: the same 404 a missing customer
 * would get elsewhere, so customer ids cannot be probed (R-SEC-1).
 */
export class PersonalDataNotFoundError extends DomainError {
  constructor(customerId: string) {
    super('PERSONAL_DATA.NOT_FOUND', 'Titular não encontrado', { customerId });
  }
}
