import { DomainError } from '@consignado/core';

/** Codes the consumer dead-letters at once: retrying cannot change them. */
export const PERMANENT_BILLING_ERROR_CODES = ['BILLING.ILLEGAL_TRANSITION', 'BILLING.INVALID_SCHEDULE'] as const;

export class BillingNotFoundError extends DomainError {
  constructor(contractId: string) {
    super('BILLING.NOT_FOUND', 'Empréstimo não encontrado ou inválido', { contractId });
  }
}

export class BillingIllegalTransitionError extends DomainError {
  constructor(from: string, to: string) {
    super('BILLING.ILLEGAL_TRANSITION', `Transição de cobrança não permitida: ${from} → ${to}.`, { from, to });
  }
}

/** A schedule that cannot be billed: numbering with gaps, malformed amounts. */
export class InvalidScheduleError extends DomainError {
  constructor(why: string) {
    super('BILLING.INVALID_SCHEDULE', `Cronograma de parcelas inválido: ${why}.`, {});
  }
}
