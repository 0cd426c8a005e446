import { DomainError } from '@consignado/core';
import type { IsoDate, Money } from '@consignado/finance';

/*
 * Failures of the events that move money or plans on a billing (ContractActivated with a
 * refinancing, PortabilityOutFundsReceived, ContractAmended) or block it (ContractBlocked,
 * ContractUnblocked: NOT_OPENED_YET only). All but NOT_OPENED_YET are permanent: retrying cannot
 * change them, an operator looks (PERMANENT_BILLING_ERROR_CODES).
 */

/** Money received below what settles the contract on the date: by construction it cannot happen; the funds must go back. */
export class PayoffShortError extends DomainError {
  constructor(source: string, amount: Money, required: Money, date: IsoDate) {
    super('BILLING.PAYOFF_SHORT', `Valor recebido (R$ ${amount.toString()}, ${source}) abaixo do necessário para quitar o contrato em ${date.toString()} (R$ ${required.toString()}).`, {
      source,
      amount: amount.toString(),
      required: required.toString(),
      date: date.toString(),
    });
  }
}

/** Finance cannot value the contract on the payoff date (e.g. a row due after it was paid). */
export class PayoffNotComputableError extends DomainError {
  constructor(code: string, message: string, date: IsoDate) {
    super('BILLING.PAYOFF_NOT_COMPUTABLE', `Não é possível calcular a quitação em ${date.toString()}: ${message}`, { financeCode: code, date: date.toString() });
  }
}

/** A refinancing whose replaced contract belongs to another customer. */
export class RefinancingCustomerMismatchError extends DomainError {
  constructor(contractId: string) {
    super('BILLING.REFINANCING_CUSTOMER_MISMATCH', 'O contrato refinanciado pertence a outro cliente.', { contractId });
  }
}

/** Loan's amended plan is not the one this billing holds for that payment. */
export class AmendmentMismatchError extends DomainError {
  constructor(contractId: string, why: string) {
    super('BILLING.AMENDMENT_MISMATCH', `O plano alterado pelo contrato difere do plano da cobrança: ${why}.`, { contractId });
  }
}

/** Money, a plan or a block for a contract whose activation has not reached payment yet: retried, then dead-lettered for replay. */
export class BillingNotOpenedError extends DomainError {
  constructor(contractId: string) {
    super('BILLING.NOT_OPENED_YET', 'A cobrança deste contrato ainda não foi aberta (ativação não recebida).', { contractId });
  }
}
