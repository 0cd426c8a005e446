import { DomainError } from '@consignado/core';
import type { FinanceError, IsoDate, WorkoutOffer } from '@consignado/finance';
import { refusalOf } from './billing-position';

/* Refusals of a workout's acceptance (POST /v1/renegotiations, R-LN-8): nothing is written. */

/** A billing opened before the product was kept: the workout's longest term cannot be known here. */
export class ProductUnknownError extends DomainError {
  constructor(contractId: string) {
    super('BILLING.PRODUCT_UNKNOWN', 'A cobrança deste contrato não registra o produto (aberta antes desta versão): a renegociação não pode ser calculada aqui.', { contractId });
  }
}

/** The offer the customer saw is not what the option gives now (a payment or a day passed since the quote). */
export class RenegotiationTermsChangedError extends DomainError {
  override readonly exposeDetails = true;

  constructor(offer: WorkoutOffer, date: IsoDate) {
    const installment = offer.installment.toString();
    super(
      'PAYMENT.RENEGOTIATION_TERMS_CHANGED',
      `A proposta de renegociação mudou: em ${date.toString()} ela é de ${offer.term.months} parcelas de R$ ${installment}. Consulte as ofertas novamente.`,
      { installmentAmount: installment, termMonths: offer.term.months, debt: offer.debt.toString(), date: date.toString() },
    );
  }
}

/** Finance's workout refusals, as this API's codes (finance's pt-BR words). */
const WORKOUT_CODES: Readonly<Record<string, string>> = {
  NO_OVERDUE_INSTALLMENTS: 'PAYMENT.NO_OVERDUE_INSTALLMENTS',
  NO_FEASIBLE_TERM: 'PAYMENT.NO_FEASIBLE_TERM',
  DISCOUNT_ABOVE_LIMIT: 'PAYMENT.WORKOUT_DISCOUNT_ABOVE_LIMIT',
  GRACE_ABOVE_LIMIT: 'PAYMENT.WORKOUT_GRACE_ABOVE_LIMIT',
};

export class WorkoutRefusedError extends DomainError {
  constructor(code: string, message: string, field?: string) {
    super(code, message, field ? { field } : {});
  }
}

/** A finance refusal of a workout: its code here, or the balance operations' mapping (settled, a date before the last payment…). */
export function workoutRefusalOf(error: FinanceError): Error {
  const code = WORKOUT_CODES[error.code];
  return code ? new WorkoutRefusedError(code, error.message, error.field) : refusalOf(error);
}
