import { DomainError } from '@consignado/core';

/**
 * A partner whose statement the caller may not read answers as one that does not exist, as another
 * partner's proposal does (R-PR-1): a corban cannot probe which partner ids have commissions.
 */
export class PartnerNotFoundError extends DomainError {
  constructor() {
    super('COMMISSION.PARTNER_NOT_FOUND', 'Parceiro não encontrado');
  }
}
