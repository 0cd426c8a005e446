import { DomainError } from '@consignado/core';
import type { IsoDate, Money } from '@consignado/finance';

/*
 * Refusals of a balance operation (early settlement, extraordinary amortization) asked over HTTP,
 * and the failures of the ones that arrive as events (refinancing and portability payoffs, the
 * amended plan). The HTTP ones expose the amounts the caller needs to ask again.
 */

/** A billing opened before the position was kept: nothing to value it with, so nothing is guessed. */
export class PositionUnknownError extends DomainError {
  constructor(contractId: string) {
    super('BILLING.POSITION_UNKNOWN', 'A cobrança deste contrato não tem a posição financeira (taxa e saldos); quitação e amortização não podem ser calculadas aqui.', { contractId });
  }
}

export class SettlementAmountMismatchError extends DomainError {
  override readonly exposeDetails = true;

  constructor(settlement: { kind: string; amount: Money }, amount: Money, date: IsoDate) {
    super(
      'PAYMENT.SETTLEMENT_AMOUNT_MISMATCH',
      `O valor para quitar o contrato em ${date.toString()} é R$ ${settlement.amount.toString()}: a cotação não vale mais (outra data, ou parcela paga desde então).`,
      { settlementAmount: settlement.amount.toString(), kind: settlement.kind, amount: amount.toString(), paymentDate: date.toString() },
    );
  }
}

export class ExtraAmountSettlesContractError extends DomainError {
  override readonly exposeDetails = true;

  constructor(settlementAmount: Money) {
    super('PAYMENT.EXTRA_AMOUNT_SETTLES_CONTRACT', `O valor informado quita o contrato nesta data (R$ ${settlementAmount.toString()}): faça a quitação antecipada (purpose EARLY_SETTLEMENT).`, {
      settlementAmount: settlementAmount.toString(),
    });
  }
}

export class ExtraAmountTooSmallError extends DomainError {
  override readonly exposeDetails = true;

  constructor(interest: Money) {
    super('PAYMENT.EXTRA_AMOUNT_TOO_SMALL', `O valor informado não cobre os juros devidos até a data da amortização (R$ ${interest.toString()}).`, { interest: interest.toString() });
  }
}

export class OverdueInstallmentsError extends DomainError {
  constructor() {
    super('PAYMENT.OVERDUE_INSTALLMENTS', 'Há parcelas vencidas e não pagas: regularize-as antes da amortização extraordinária.');
  }
}

export class InstallmentsPaidAheadError extends DomainError {
  constructor() {
    super('PAYMENT.INSTALLMENTS_PAID_AHEAD', 'Há parcelas pagas antecipadamente: a amortização extraordinária não pode refazer o plano dessas parcelas.');
  }
}

/** The date is before the last paid due date (or the plan's start): finance's own words. */
export class DateBeforeLastPaymentError extends DomainError {
  constructor(message: string) {
    super('PAYMENT.DATE_BEFORE_LAST_PAYMENT', message);
  }
}

export class RefinancingInProgressError extends DomainError {
  constructor() {
    super('PAYMENT.REFINANCING_IN_PROGRESS', 'Há um refinanciamento deste contrato em andamento: quitação e amortização ficam suspensas até que ele seja ativado ou cancelado.');
  }
}
