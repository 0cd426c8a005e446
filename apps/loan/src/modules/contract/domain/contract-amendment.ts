import { type AmortizationMode, extraAmortization, type FinanceError, type IsoDate, Money } from '@consignado/finance';
import type { ContractPlan } from './contract-plan';
import { positionOf } from './contract-plan';
import type { ContractProps } from './contract-props';
import { InvalidPaymentError } from './contract.errors';
import type { Installment } from './installment';
import { AmortizationRefusedError, type AmortizationRefusalCode } from './life-cycle.errors';
import { type PaymentReceived, verifyPaymentAsAWhole } from './payment-check';
import { installmentFromRow } from './schedule';

/** A new plan after an extraordinary amortization (R-LN-5): what ContractAmended reports. */
export interface ContractAmendment {
  paymentId: string;
  mode: AmortizationMode;
  /** E: what the customer paid over the installments. */
  amount: Money;
  /** I_t: the pro-rata interest to the date, which E paid first. */
  interestSettled: Money;
  effectiveDate: IsoDate;
  previousInstallment: Money;
  plan: ContractPlan;
  /** The new plan's rows, numbered on from the paid prefix; they replace every unpaid row. */
  rows: Installment[];
}

const REFUSALS: readonly string[] = ['EXTRA_AMOUNT_SETTLES_CONTRACT', 'EXTRA_AMOUNT_TOO_SMALL', 'OVERDUE_INSTALLMENTS', 'INSTALLMENTS_PAID_AHEAD'];

/**
 * Checks an EXTRA_AMORTIZATION payment and computes the new plan (docs/life-cycle.md principle 2):
 * the payment as a whole, then finance's `extraAmortization` of the contract's position on the
 * payment date with `unallocated` and the payment's mode. Finance's refusals become the contract's
 * (CONTRACT.EXTRA_AMOUNT_SETTLES_CONTRACT, …_TOO_SMALL, CONTRACT.OVERDUE_INSTALLMENTS,
 * CONTRACT.INSTALLMENTS_PAID_AHEAD): payment should have refused the same, so they are permanent.
 */
export function verifyAmortizationPayment(contract: ContractProps, payment: PaymentReceived): ContractAmendment {
  const date = verifyPaymentAsAWhole(contract, payment);
  const mode = payment.amortizationMode;
  if (!mode) throw new InvalidPaymentError(payment.paymentId, 'amortização extraordinária sem amortizationMode (REDUCE_TERM ou REDUCE_INSTALLMENT)');
  const amount = Money.of(payment.unallocated);
  const result = extraAmortization(positionOf(contract), { date, amount, mode });
  if (!result.ok) throw refusal(result.error, payment.paymentId);
  const { rows, balance, installment, interestSettled } = result.value;
  const afterInstallment = rows[0].number - 1;
  const plan = { startDate: date, startBalance: balance, afterInstallment, installment, termMonths: afterInstallment + rows.length };
  return { paymentId: payment.paymentId, mode, amount, interestSettled, effectiveDate: date, previousInstallment: contract.plan.installment, plan, rows: rows.map(installmentFromRow) };
}

function refusal(error: FinanceError, paymentId: string): Error {
  if (REFUSALS.includes(error.code)) return new AmortizationRefusedError(`CONTRACT.${error.code}` as AmortizationRefusalCode, error.message, paymentId);
  if (error.code === 'DATE_BEFORE_LAST_PAYMENT' || error.code === 'INVALID_INPUT') return new InvalidPaymentError(paymentId, error.message.replace(/\.$/, ''));
  return error; // CONTRACT_SETTLED cannot happen on an ACTIVE contract: not a payment's fault
}
