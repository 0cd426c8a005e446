import { type IsoDate, Money } from '@consignado/finance';
import type { PayloadOf } from '@consignado/contracts';
import type { ContractProps } from './contract-props';
import { InvalidPaymentError } from './contract.errors';
import { SettlementAmountMismatchError } from './life-cycle.errors';
import { type PaymentReceived, verifyPaymentAsAWhole } from './payment-check';
import { settlementQuote } from './settlement-quote';
import { openClaimOf } from './insurance-policy';
import { InsuranceClaimMismatchError } from './insurance.errors';

export type SettlementReason = PayloadOf<'ContractSettled'>['reason'];

/** How a SETTLED contract ended: what ContractSettled said, kept for the contract views. */
export interface ContractSettlement {
  reason: SettlementReason;
  /** The business date the debt ended: the last installment's payment date, or the settling payment's. */
  date: IsoDate;
  /** The payment that ended it (the last installment's, or the settling one). */
  paymentId: string;
  /** EARLY_SETTLEMENT, REFINANCED, PORTED_OUT: the payoff or consolidated debt paid. */
  amount?: Money;
  /** With amount: the unpaid installments it replaced (the saving is this minus amount). */
  remainingUndiscounted?: Money;
  replacedByContractId?: string;
  portabilityNumber?: string;
  /** INSURANCE_CLAIM: the claim whose payment settled it. */
  claimId?: string;
}

/**
 * Checks an EARLY_SETTLEMENT payment (R-LN-4, docs/life-cycle.md principle 2): the payment as a
 * whole, then `unallocated` must equal the contract's own settlement amount on the payment date
 * (payoff, or the consolidated debt when rows are overdue); the overpayment is the payment
 * service's (the customer's credit). The reason is the payment's `settlement` instruction
 * (EARLY_SETTLEMENT when absent).
 *
 * @throws InvalidPaymentError (CONTRACT.INVALID_PAYMENT), SettlementAmountMismatchError (CONTRACT.SETTLEMENT_AMOUNT_MISMATCH)
 */
export function verifySettlementPayment(contract: ContractProps, payment: PaymentReceived): ContractSettlement {
  const date = verifyPaymentAsAWhole(contract, payment);
  const quote = settlementQuote(contract, date);
  if (!quote.ok) throw new InvalidPaymentError(payment.paymentId, quote.error.message.replace(/\.$/, ''));
  const { amount, remainingUndiscounted, kind } = quote.value;
  const paid = Money.of(payment.unallocated);
  if (!paid.eq(amount)) throw new SettlementAmountMismatchError(paid.toString(), amount.toString(), date.toString(), kind);
  const { reason, replacedByContractId, portabilityNumber, claimId } = payment.settlement ?? { reason: 'EARLY_SETTLEMENT' };
  // A workout opens the contract that replaces this one: Contract.renegotiate, never a plain settlement.
  if (reason === 'RENEGOTIATED') throw new InvalidPaymentError(payment.paymentId, 'renegociação liquidada sem abrir o novo contrato');
  if (reason === 'INSURANCE_CLAIM') verifyClaimPaid(contract, payment.paymentId, claimId);
  return { reason, date, paymentId: payment.paymentId, amount, remainingUndiscounted, replacedByContractId, portabilityNumber, claimId };
}

/** The insurer's money must answer the claim open on this contract's policy. */
function verifyClaimPaid(contract: ContractProps, paymentId: string, claimId: string | undefined): void {
  const policy = contract.policy;
  if (!policy) throw new InvalidPaymentError(paymentId, 'contrato sem seguro prestamista não é quitado por sinistro');
  const open = openClaimOf(policy);
  if (!claimId || open?.claimId !== claimId) throw new InsuranceClaimMismatchError(policy.policyNumber, claimId ?? '', open?.claimId);
}
