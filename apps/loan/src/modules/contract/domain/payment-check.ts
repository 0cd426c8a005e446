import { IsoDate, Money } from '@consignado/finance';
import type { PayloadOf } from '@consignado/contracts';
import { InvalidPaymentError } from './contract.errors';
import type { ContractProps } from './contract-props';

export type PaymentReceived = PayloadOf<'PaymentReceived'>;

/**
 * What every payment must satisfy before any of it is applied (R-LN-3, docs/life-cycle.md): it is
 * this customer's; dated on or after the contract date and the current plan's start; its total
 * adds up (Σ allocations' amount + fine + mora + unallocated + overpayment). INSTALLMENT pays
 * allocations; EARLY_SETTLEMENT and EXTRA_AMORTIZATION bring their money in `unallocated` and
 * allocate nothing. Returns the payment date.
 *
 * @throws InvalidPaymentError (CONTRACT.INVALID_PAYMENT)
 */
export function verifyPaymentAsAWhole(contract: ContractProps, payment: PaymentReceived): IsoDate {
  const refuse = (why: string) => new InvalidPaymentError(payment.paymentId, why);
  if (payment.customerId !== contract.customerId) throw refuse('o cliente do pagamento não é o do contrato');
  const installments = payment.purpose === 'INSTALLMENT';
  if (installments && payment.allocations.length === 0) throw refuse('pagamento de parcelas sem nenhuma parcela alocada');
  if (!installments && payment.allocations.length > 0) throw refuse('quitação e amortização não alocam parcelas: o valor vem em unallocated');
  const paidDate = IsoDate.of(payment.paymentDate);
  if (paidDate.isBefore(contract.terms.contractDate)) throw refuse(`data de pagamento ${paidDate.toString()} anterior à data do contrato`);
  const { startDate } = contract.plan;
  if (paidDate.isBefore(startDate)) throw refuse(`data de pagamento ${paidDate.toString()} anterior ao início do plano atual (${startDate.toString()})`);
  const allocated = Money.sum(payment.allocations.flatMap((a) => [Money.of(a.amount), Money.of(a.fine), Money.of(a.mora)]));
  const total = allocated.plus(Money.of(payment.unallocated)).plus(Money.of(payment.overpayment));
  if (!total.eq(Money.of(payment.amount))) throw refuse(`valor ${payment.amount} difere da soma das alocações, do não alocado e do excedente (${total.toString()})`);
  return paidDate;
}
