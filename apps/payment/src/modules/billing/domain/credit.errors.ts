import { DomainError } from '@consignado/core';
import type { Money } from '@consignado/finance';

/**
 * No credit, an amount above it, or (applying) not enough of it for the next open installment's
 * total on the business date: the caller is told what there is and what was needed.
 */
export class InsufficientCreditError extends DomainError {
  override readonly exposeDetails = true;

  constructor(creditBalance: Money, requested: Money, requiredAmount?: Money) {
    super(
      'BILLING.INSUFFICIENT_CREDIT',
      requiredAmount
        ? `Crédito insuficiente para a próxima parcela em aberto (R$ ${requiredAmount.toString()}).`
        : `Crédito insuficiente: saldo disponível R$ ${creditBalance.toString()}.`,
      { creditBalance: creditBalance.toString(), amount: requested.toString(), ...(requiredAmount ? { requiredAmount: requiredAmount.toString() } : {}) },
    );
  }
}

export class CreditIdempotencyConflictError extends DomainError {
  constructor() {
    super('BILLING.CREDIT_IDEMPOTENCY_CONFLICT', 'Idempotency-Key já usada com outro conteúdo');
  }
}
