import { DomainError } from '@consignado/core';

/** Another customer's data, for a customer's token: the same 404 as elsewhere (R-SEC-1). */
export class PersonalDataNotFoundError extends DomainError {
  constructor() {
    super('PERSONAL_DATA.NOT_FOUND', 'Titular não encontrado');
  }
}
