import { dec, Money, type WorkoutOptionOffer, workoutOption } from '@consignado/finance';
import type { RenegotiationOrigin } from '@consignado/contracts';
import { positionOf } from './contract-plan';
import type { ContractProps } from './contract-props';
import type { ContractSettlement } from './contract-settlement';
import { InvalidPaymentError } from './contract.errors';
import { type PaymentReceived, verifyPaymentAsAWhole } from './payment-check';
import { settlementQuote } from './settlement-quote';
import { workoutLimitsOn } from './workout-offers';
import { RenegotiationMismatchError } from './workout.errors';

/** A workout's settling payment, checked: how the old contract ends, the new one's origin, and finance's offer it opens with. */
export interface Renegotiation {
  settlement: ContractSettlement & { replacedByContractId: string };
  origin: RenegotiationOrigin;
  offer: WorkoutOptionOffer;
}

/**
 * Checks a PaymentReceived RENEGOTIATED (R-LN-8, docs/life-cycle.md principle 2): source
 * RENEGOTIATION with the replacing contract and the WorkoutTerms, then finance's `workoutOption`
 * recomputed on the contract's position on the payment date must give the same consolidated debt,
 * discount, debt (`unallocated`), term, installment, first due date, term cap and policy version.
 *
 * @throws InvalidPaymentError (CONTRACT.INVALID_PAYMENT), RenegotiationMismatchError (CONTRACT.RENEGOTIATION_MISMATCH)
 */
export function verifyRenegotiationPayment(contract: ContractProps, payment: PaymentReceived): Renegotiation {
  const date = verifyPaymentAsAWhole(contract, payment);
  const { paymentId, settlement } = payment;
  const terms = settlement?.renegotiation;
  const replacedByContractId = settlement?.replacedByContractId;
  if (payment.source !== 'RENEGOTIATION' || !terms || !replacedByContractId || replacedByContractId === contract.id) {
    throw new InvalidPaymentError(paymentId, 'renegociação sem origem RENEGOTIATION, sem os termos ou sem o novo contrato');
  }
  const quote = settlementQuote(contract, date);
  if (!quote.ok) throw new InvalidPaymentError(paymentId, quote.error.message.replace(/\.$/, ''));
  const limits = workoutLimitsOn(contract.product, date);
  const ask = { date, capacity: Money.of(terms.capacity), lateChargesDiscount: dec(terms.lateChargesDiscount), graceDays: terms.graceDays };
  const offered = workoutOption(positionOf(contract), terms.option, ask, limits);
  if (!offered.ok) throw new RenegotiationMismatchError('option', terms.option, offered.error.message, date.toString());
  const { offer, maxTerm } = offered.value;
  const agree: Array<[string, string, string]> = [
    ['consolidatedDebt', terms.consolidatedDebt, offer.consolidated.total.toString()], ['discount', terms.discount, offer.discount.toString()],
    ['unallocated', payment.unallocated, offer.debt.toString()], ['termMonths', String(terms.termMonths), String(offer.term.months)],
    ['installmentAmount', terms.installmentAmount, offer.installment.toString()], ['firstDueDate', terms.firstDueDate, offer.dates.firstDueDate.toString()],
    ['maxTermMonths', String(terms.maxTermMonths), String(maxTerm.months)], ['parameterVersion', terms.parameterVersion, limits.parameterVersion],
  ];
  const wrong = agree.find(([, stated, computed]) => stated !== computed);
  if (wrong) throw new RenegotiationMismatchError(wrong[0], wrong[1], wrong[2], date.toString());
  const { remainingUndiscounted } = quote.value;
  return {
    settlement: { reason: 'RENEGOTIATED', date, paymentId, amount: offer.debt, remainingUndiscounted, replacedByContractId },
    origin: { renegotiatedContractId: contract.id, paymentId, effectiveDate: date.toString(), terms },
    offer: offered.value,
  };
}
