import { DomainError } from '@consignado/core';

/** Another customer's data: the same answer as a customer the service does not know would get elsewhere (R-SEC-1). */
export class PersonalDataNotFoundError extends DomainError {
  constructor() {
    super('PERSONAL_DATA.NOT_FOUND', 'Titular não encontrado');
  }
}
