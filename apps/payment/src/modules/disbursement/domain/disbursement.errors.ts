import { DomainError } from '@consignado/core';
import type { Money } from '@consignado/finance';

/** Codes the consumer dead-letters at once: a rail outcome that contradicts what payment requested cannot be fixed by retrying. */
export const PERMANENT_DISBURSEMENT_ERROR_CODES = ['DISBURSEMENT.EVENT_MISMATCH', 'DISBURSEMENT.OUTCOME_CONFLICT'] as const;

/** FundsReleased / FundsReleaseFailed naming a known attempt with another contract, customer or amount. */
export class DisbursementEventMismatchError extends DomainError {
  constructor(disbursementId: string, field: string) {
    super('DISBURSEMENT.EVENT_MISMATCH', `O resultado da transferência não confere com a solicitação (${field}).`, { disbursementId, field });
  }
}

/** A release reported after a failure of the same attempt, or the reverse: an operator must look at the rail. */
export class DisbursementOutcomeConflictError extends DomainError {
  constructor(disbursementId: string, status: string, reported: string) {
    super('DISBURSEMENT.OUTCOME_CONFLICT', `Transferência já registrada como ${status}; o trilho informou ${reported}.`, { disbursementId, status, reported });
  }
}

export class DisbursementNotFoundError extends DomainError {
  constructor() {
    super('DISBURSEMENT.NOT_FOUND', 'Nenhuma liberação de recursos encontrada para este empréstimo.');
  }
}

export class RegretReturnNotFoundError extends DomainError {
  constructor() {
    super('DISBURSEMENT.REGRET_RETURN_NOT_FOUND', 'Não há devolução por arrependimento a receber para este empréstimo.');
  }
}

/** More than what is still to be returned: nothing is recorded. */
export class RegretReturnOverpaidError extends DomainError {
  override readonly exposeDetails = true;

  constructor(outstanding: Money) {
    super('DISBURSEMENT.RETURN_OVERPAID', `Valor recebido excede o saldo a devolver (R$ ${outstanding.toString()}).`, { outstanding: outstanding.toString() });
  }
}

export class ReceiptDateInFutureError extends DomainError {
  constructor() {
    super('DISBURSEMENT.DATE_IN_FUTURE', 'A data de recebimento não pode ser posterior à data de hoje.');
  }
}

export class RegretIdempotencyConflictError extends DomainError {
  constructor() {
    super('DISBURSEMENT.IDEMPOTENCY_CONFLICT', 'Idempotency-Key já usada com outro conteúdo');
  }
}

/** A credit refund needs the account the customer registered to receive money (CustomerPayoutAccountChanged): nothing is written. */
export class NoPayoutAccountError extends DomainError {
  constructor() {
    super('DISBURSEMENT.NO_PAYOUT_ACCOUNT', 'Nenhuma conta para recebimento cadastrada: cadastre uma chave PIX ou conta bancária no aplicativo para receber o reembolso.');
  }
}
