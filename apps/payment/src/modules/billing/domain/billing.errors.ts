import { DomainError } from '@consignado/core';
import type { Money } from '@consignado/finance';
import type { BlockReason } from './contract-block';

/** Codes the consumer dead-letters at once: retrying cannot change them (BILLING.NOT_OPENED_YET is retried first). */
export const PERMANENT_BILLING_ERROR_CODES = [
  'BILLING.ILLEGAL_TRANSITION',
  'BILLING.INVALID_SCHEDULE',
  'BILLING.POSITION_UNKNOWN',
  'BILLING.PAYOFF_SHORT',
  'BILLING.PAYOFF_NOT_COMPUTABLE',
  'BILLING.REFINANCING_CUSTOMER_MISMATCH',
  'BILLING.AMENDMENT_MISMATCH',
] as const;

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

/** A schedule that cannot be billed: numbering with gaps, malformed terms, rows that are not the terms' Price schedule. */
export class InvalidScheduleError extends DomainError {
  constructor(why: string) {
    super('BILLING.INVALID_SCHEDULE', `Cronograma de parcelas inválido: ${why}.`, {});
  }
}

/* Refusals of a manual payment, in the order seed 002 §8.2 checks them (texts from the seed, D-6). */

export class CustomerNotFoundError extends DomainError {
  constructor() {
    super('PAYMENT.CUSTOMER_NOT_FOUND', 'Cliente não encontrado');
  }
}

export class ContractNotFoundError extends DomainError {
  constructor() {
    super('PAYMENT.CONTRACT_NOT_FOUND', 'Empréstimo não encontrado ou inválido');
  }
}

export class ContractSettledError extends DomainError {
  constructor() {
    super('PAYMENT.CONTRACT_SETTLED', 'Empréstimo já liquidado');
  }
}

export class ContractNotActiveError extends DomainError {
  constructor() {
    super('PAYMENT.CONTRACT_NOT_ACTIVE', 'Empréstimo não está ativo');
  }
}

/** How the customer reads why the contract is blocked. */
const BLOCK_REASONS_PT: Readonly<Record<BlockReason, string>> = { JUDICIAL_ORDER: 'ordem judicial', FRAUD_SUSPECTED: 'suspeita de fraude', DEATH: 'óbito' };

/** A blocked contract (R-LN-8) takes no money on request until it is unblocked; the reason is the caller's to show. */
export class ContractBlockedError extends DomainError {
  override readonly exposeDetails = true;

  constructor(reason: BlockReason) {
    super('PAYMENT.CONTRACT_BLOCKED', `Contrato bloqueado (${BLOCK_REASONS_PT[reason]}): pagamentos, quitação e amortização suspensos até o desbloqueio.`, { reason });
  }
}

export class InvalidInstallmentError extends DomainError {
  constructor(installmentNumber: number) {
    super('PAYMENT.INSTALLMENT_NOT_PAYABLE', 'Parcela inválida ou já quitada', { installmentNumber });
  }
}

export class DateInFutureError extends DomainError {
  constructor() {
    super('PAYMENT.DATE_IN_FUTURE', 'Data de pagamento não pode ser posterior à data de hoje');
  }
}

export class DateBeforeActivationError extends DomainError {
  constructor() {
    super('PAYMENT.DATE_BEFORE_ACTIVATION', 'Data de pagamento anterior à ativação do empréstimo');
  }
}

/** What the customer must pay is part of the answer: the caller shows it to fix the amount. */
export class InsufficientAmountError extends DomainError {
  override readonly exposeDetails = true;

  constructor(anyLate: boolean, required: Money, given: Money) {
    super(
      'PAYMENT.INSUFFICIENT_AMOUNT',
      anyLate ? 'Valor insuficiente para a parcela atrasada' : 'Valor insuficiente para as parcelas informadas',
      { requiredAmount: required.toString(), amount: given.toString() },
    );
  }
}
