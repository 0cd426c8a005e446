import { DomainError } from '@consignado/core';

/** Codes the consumer must dead-letter at once: retrying cannot change the outcome. */
export const PERMANENT_CONTRACT_ERROR_CODES = [
  'CONTRACT.ILLEGAL_TRANSITION',
  'CONTRACT.INSTALLMENT_MISMATCH',
  'CONTRACT.INVALID_TERMS',
  'CONTRACT.INVALID_ALLOCATION',
  'CONTRACT.INVALID_PAYMENT',
  'CONTRACT.NOT_ACTIVE',
  'CONTRACT.SETTLED',
  'CONTRACT.AVERBATION_MISMATCH',
  'CONTRACT.SETTLEMENT_AMOUNT_MISMATCH',
  'CONTRACT.RENEGOTIATION_MISMATCH',
  'CONTRACT.EXTRA_AMOUNT_SETTLES_CONTRACT',
  'CONTRACT.EXTRA_AMOUNT_TOO_SMALL',
  'CONTRACT.OVERDUE_INSTALLMENTS',
  'CONTRACT.INSTALLMENTS_PAID_AHEAD',
  'CONTRACT.PORTABILITY_MISMATCH',
  'CONTRACT.PORTABILITY_TRANSFER_CONFLICT',
  'CONTRACT.INSURANCE_CLAIM_MISMATCH',
  'CONTRACT.DOCUMENT_MISMATCH',
] as const;

export class ContractNotFoundError extends DomainError {
  constructor(details: Record<string, unknown> = {}) {
    super('CONTRACT.NOT_FOUND', 'Empréstimo não encontrado ou inválido', details);
  }
}

/** An event about a contract arrived before the contract was booked: retry, never drop. */
export class ContractNotBookedYetError extends DomainError {
  constructor(contractId: string) {
    super('CONTRACT.NOT_BOOKED_YET', 'O contrato ainda não foi registrado; o evento será reprocessado.', { contractId });
  }
}

export class ContractIllegalTransitionError extends DomainError {
  constructor(from: string, to: string) {
    super('CONTRACT.ILLEGAL_TRANSITION', `Transição de contrato não permitida: ${from} → ${to}.`, { from, to });
  }
}

/** Credit analysis and loan computed different installments for the same terms. */
export class InstallmentMismatchError extends DomainError {
  constructor(approved: string, computed: string) {
    super('CONTRACT.INSTALLMENT_MISMATCH', `Parcela aprovada (${approved}) difere da calculada pelo contrato (${computed}).`, { approved, computed });
  }
}

export class InvalidContractTermsError extends DomainError {
  constructor(field: string, message: string) {
    super('CONTRACT.INVALID_TERMS', message, { field });
  }
}

/** A payment allocation that does not match the installment it claims to pay. */
export class InvalidAllocationError extends DomainError {
  constructor(installmentNumber: number, why: string) {
    super('CONTRACT.INVALID_ALLOCATION', `Pagamento não corresponde à parcela ${installmentNumber}: ${why}.`, { installmentNumber });
  }
}

/** Money arrived for a contract that is not in force: an operator must look at it. */
export class ContractNotActiveError extends DomainError {
  constructor(contractId: string, status: string) {
    super('CONTRACT.NOT_ACTIVE', `O contrato não está ativo (situação ${status}).`, { contractId, status });
  }
}

/** Dataprev registered a deduction that is not this contract's (installment, term, first due date). */
export class AverbationMismatchError extends DomainError {
  constructor(field: string, contract: string, registered: string) {
    super('CONTRACT.AVERBATION_MISMATCH', `Averbação registrada não confere com o contrato em ${field}: contrato ${contract}, averbação ${registered}.`, { field, contract, registered });
  }
}

/** A payment as a whole does not fit the contract: customer, date, sum or missing allocations. */
export class InvalidPaymentError extends DomainError {
  constructor(paymentId: string, why: string) {
    super('CONTRACT.INVALID_PAYMENT', `Pagamento não corresponde ao contrato: ${why}.`, { paymentId });
  }
}

/** Nothing is owed any more (seed 002 §8.2 step 3): money or a payoff request for it goes to an operator. */
export class ContractSettledError extends DomainError {
  constructor(contractId: string) {
    super('CONTRACT.SETTLED', 'Empréstimo já liquidado', { contractId });
  }
}

/** A payoff or balance date the contract cannot be valued on (before the contract or the last paid due date). */
export class ValuationDateInvalidError extends DomainError {
  constructor(code: 'CONTRACT.PAYOFF_DATE_INVALID' | 'CONTRACT.BALANCE_DATE_INVALID', message: string, date: string) {
    super(code, message, { date });
  }

  override readonly exposeDetails = true;
}

/** A date query parameter that is not a calendar date (HTTP 400). */
export class InvalidDateError extends DomainError {
  constructor(field: string, value: string) {
    const message = `Data inválida em ${field}: use AAAA-MM-DD ou DD/MM/AAAA.`;
    super('CONTRACT.INVALID_DATE', message, { fields: [{ field, constraint: 'CONTRACT.INVALID_DATE', message }], value });
  }
}

/** Seed 002 §7.2 step 1: no contract was ever booked for this customer. */
export class CustomerNotFoundError extends DomainError {
  constructor(customerId: string) {
    super('LOAN.CUSTOMER_NOT_FOUND', 'Cliente não encontrado', { customerId });
  }
}

