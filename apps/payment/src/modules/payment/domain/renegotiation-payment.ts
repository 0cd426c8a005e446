import type { OriginationChannel, WorkoutTerms } from '@consignado/contracts';
import type { IsoDate, Money } from '@consignado/finance';
import type { RenegotiationQuote } from '../../billing/domain/renegotiation';
import type { Payment } from './payment';
import { type NewPayment, settlingPayment } from './payment-kinds';

/** Who accepted, and the ids the acceptance creates. */
export interface Acceptance {
  readonly renegotiationId: string;
  /** The RENEGOTIATION contract loan opens with the debt. */
  readonly newContractId: string;
  /** DIGITAL: the customer in the app; INTERNAL: staff for them. */
  readonly channel: OriginationChannel;
  readonly capacity: Money;
}

/** The accepted workout as PaymentReceived carries it (libs/contracts WorkoutTerms): what was asked and what it gave. */
export function workoutTermsOf(quote: RenegotiationQuote, acceptance: Acceptance, acceptedAt: Date): WorkoutTerms {
  const { chosen, limits } = quote;
  const { offer } = chosen;
  return {
    renegotiationId: acceptance.renegotiationId,
    option: chosen.option,
    capacity: acceptance.capacity.toString(),
    lateChargesDiscount: chosen.lateChargesDiscount.toString(),
    graceDays: chosen.graceDays,
    maxTermMonths: chosen.maxTerm.months,
    consolidatedDebt: offer.consolidated.total.toString(),
    discount: offer.discount.toString(),
    termMonths: offer.term.months,
    installmentAmount: offer.installment.toString(),
    firstDueDate: offer.dates.firstDueDate.toString(),
    parameterVersion: limits.parameterVersion,
    channel: acceptance.channel,
    acceptedAt: acceptedAt.toISOString(),
  };
}

/** A workout accepted (R-LN-8): settles the contract for the debt, which moves to the new contract — `unallocated` = amount = the debt, no money, no overpayment. */
export function renegotiationPayment(ids: NewPayment, date: IsoDate, quote: RenegotiationQuote, acceptance: Acceptance): Payment {
  const renegotiation = workoutTermsOf(quote, acceptance, ids.paidAt);
  const settlement = { reason: 'RENEGOTIATED' as const, replacedByContractId: acceptance.newContractId, renegotiation };
  return settlingPayment(ids, { source: 'RENEGOTIATION', amount: quote.settled.amount, paymentDate: date, settlement, settled: quote.settled });
}
