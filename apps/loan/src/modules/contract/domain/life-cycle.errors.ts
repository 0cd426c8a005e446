import { DomainError } from '@consignado/core';

/* Refusals of the balance operations (docs/life-cycle.md): settlement, amortization, refinancing, portability. */

/** Payment's settlement amount is not the one the contract computes on the payment date (services disagree on money). */
export class SettlementAmountMismatchError extends DomainError {
  constructor(paid: string, due: string, date: string, kind: string) {
    const what = kind === 'PAYOFF' ? 'saldo para quitação' : 'dívida consolidada, com parcelas vencidas';
    super('CONTRACT.SETTLEMENT_AMOUNT_MISMATCH', `Valor da quitação (${paid}) difere do calculado pelo contrato em ${date} (${due}, ${what}).`, { paid, due, date, kind });
  }
}

/** Finance refused an extraordinary amortization (FINANCE.md `extraAmortization`); the code names why. */
export type AmortizationRefusalCode = 'CONTRACT.EXTRA_AMOUNT_SETTLES_CONTRACT' | 'CONTRACT.EXTRA_AMOUNT_TOO_SMALL' | 'CONTRACT.OVERDUE_INSTALLMENTS' | 'CONTRACT.INSTALLMENTS_PAID_AHEAD';

export class AmortizationRefusedError extends DomainError {
  constructor(code: AmortizationRefusalCode, message: string, paymentId: string) {
    super(code, message, { paymentId });
  }
}

/** Why loan will not book a refinancing of the named contract (the new contract ends CANCELLED, R-LN-6). */
export type RefinancingRefusalCode = 'CONTRACT.REFINANCED_CONTRACT_NOT_FOUND' | 'CONTRACT.REFINANCED_CONTRACT_NOT_ACTIVE' | 'CONTRACT.REFINANCED_CONTRACT_BLOCKED' | 'CONTRACT.REFINANCING_IN_PROGRESS';

export class RefinancingRefusedError extends DomainError {
  constructor(code: RefinancingRefusalCode, message: string, contractId: string) {
    super(code, message, { contractId });
  }
}

/** A portability transfer report that is not this contract's (another NU, another amount). */
export class PortabilityMismatchError extends DomainError {
  constructor(field: string, contract: string, reported: string) {
    super('CONTRACT.PORTABILITY_MISMATCH', `Portabilidade informada não confere com o contrato em ${field}: contrato ${contract}, informado ${reported}.`, { field, contract, reported });
  }
}

/** The exchange moved money for a contract that has moved on (e.g. transfer completed after a cancellation): an operator must look. */
export class PortabilityTransferConflictError extends DomainError {
  constructor(portabilityNumber: string, outcome: 'COMPLETED' | 'FAILED', status: string) {
    const what = outcome === 'COMPLETED' ? 'concluída' : 'falhou';
    super('CONTRACT.PORTABILITY_TRANSFER_CONFLICT', `Transferência da portabilidade ${portabilityNumber} ${what} para um contrato na situação ${status}: requer análise do operador.`, { portabilityNumber, outcome, status });
  }
}
