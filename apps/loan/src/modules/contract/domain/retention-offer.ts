import { dec, LoanDates, LoanTerm, MonthlyRate, portabilityQuote } from '@consignado/finance';
import type { RetentionOffer } from '@consignado/contracts';
import type { ContractProps } from './contract-props';
import type { SettlementQuote } from './settlement-quote';

/**
 * The counter-offer an origin may make to keep a customer being ported out (R-LN-11): the
 * contract's rate less `rateCut` (a monthly fraction, e.g. "0.002"), priced with finance's
 * `portabilityQuote` on the same balance over the same remaining installments from the balance
 * date to the next due date — offered only if it lowers the installment (NO_SAVING otherwise).
 * None when the cut is zero, would leave no positive rate, or the contract has overdue rows.
 */
export function retentionOffer(contract: ContractProps, quote: SettlementQuote, rateCut: string): RetentionOffer | undefined {
  const [cut, zero] = [dec(rateCut), dec('0')];
  const rate = contract.terms.monthlyRate.toDecimal().minus(cut);
  if (!cut.gt(zero) || !rate.gt(zero) || quote.kind !== 'PAYOFF') return undefined;
  const unpaid = contract.installments.filter((i) => i.status === 'PENDING');
  const dates = LoanDates.create(quote.date, unpaid[0].snapshot.dueDate);
  if (!dates.ok) return undefined; // the next installment falls due on the balance date itself
  const offered = MonthlyRate.fromDecimal(rate);
  const offer = portabilityQuote({
    balance: quote.amount, remainingInstallments: LoanTerm.of(unpaid.length), originInstallment: contract.plan.installment, rate: offered, dates: dates.value,
  });
  if (!offer.ok) return undefined;
  return { monthlyRate: offered.toString(), installmentAmount: offer.value.installment.toString(), termMonths: unpaid.length };
}
