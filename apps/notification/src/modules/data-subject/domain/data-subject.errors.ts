import { DomainError } from '@consignado/core';

/** Another customer's data (for a customer): answered as a customer the platform does not know (404). */
export class PersonalDataNotFoundError extends DomainError {
  constructor() {
    super('PERSONAL_DATA.NOT_FOUND', 'Titular não encontrado');
  }
}
