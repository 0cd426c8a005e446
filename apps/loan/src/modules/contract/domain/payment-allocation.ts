import { IsoDate, Money } from '@consignado/finance';
import type { PayloadOf } from '@consignado/contracts';
import { InvalidAllocationError, InvalidPaymentError } from './contract.errors';
import type { ContractProps } from './contract-props';
import type { Installment, InstallmentPayment } from './installment';
import { lateChargesOn } from './late-charges-policy';

export type PaymentReceived = PayloadOf<'PaymentReceived'>;

/** One allocation checked against the contract: the installment it pays and what it records. */
export interface VerifiedAllocation {
  installment: Installment;
  payment: InstallmentPayment;
}

/**
 * Checks an INSTALLMENT payment against the contract before anything is applied (R-LN-3): it is
 * this customer's, dated on or after the contract date, its total adds up
 * (Σ amount + fine + mora + unallocated + overpayment), and each allocation pays a PENDING
 * installment of the schedule, once, with exactly its scheduled amount and the fine and mora
 * `lateCharges` gives for the payment date. Installments may be paid in any order (payroll can pay
 * #3 while #2 is overdue). Any mismatch refuses the whole payment.
 *
 * @throws InvalidPaymentError (CONTRACT.INVALID_PAYMENT), InvalidAllocationError (CONTRACT.INVALID_ALLOCATION)
 */
export function verifyInstallmentPayment(contract: ContractProps, payment: PaymentReceived): VerifiedAllocation[] {
  const paidDate = verifyPaymentAsAWhole(contract, payment);
  const seen = new Set<number>();
  return payment.allocations.map((allocation) => {
    const { installmentNumber: number } = allocation;
    const installment = contract.installments.find((i) => i.number === number);
    if (!installment) throw new InvalidAllocationError(number, 'parcela inexistente no contrato');
    if (seen.has(number)) throw new InvalidAllocationError(number, 'parcela repetida no mesmo pagamento');
    seen.add(number);
    if (installment.status !== 'PENDING') throw new InvalidAllocationError(number, `parcela já está ${installment.status}`);
    const row = installment.snapshot;
    const [amount, fine, mora] = [Money.of(allocation.amount), Money.of(allocation.fine), Money.of(allocation.mora)];
    if (!amount.eq(row.amount)) throw new InvalidAllocationError(number, `valor ${amount.toString()} difere da parcela ${row.amount.toString()}`);
    const due = lateChargesOn(row, paidDate);
    const late = `${due.daysLate} dia(s) de atraso em ${paidDate.toString()}`;
    if (!fine.eq(due.fine)) throw new InvalidAllocationError(number, `multa ${fine.toString()} difere da devida ${due.fine.toString()} (${late})`);
    if (!mora.eq(due.mora)) throw new InvalidAllocationError(number, `juros de mora ${mora.toString()} diferem dos devidos ${due.mora.toString()} (${late})`);
    return { installment, payment: { paymentId: payment.paymentId, paidDate, amount, fine, mora } };
  });
}

function verifyPaymentAsAWhole(contract: ContractProps, payment: PaymentReceived): IsoDate {
  const refuse = (why: string) => new InvalidPaymentError(payment.paymentId, why);
  if (payment.customerId !== contract.customerId) throw refuse('o cliente do pagamento não é o do contrato');
  if (payment.allocations.length === 0) throw refuse('pagamento de parcelas sem nenhuma parcela alocada');
  const paidDate = IsoDate.of(payment.paymentDate);
  if (paidDate.isBefore(contract.terms.contractDate)) throw refuse(`data de pagamento ${paidDate.toString()} anterior à data do contrato`);
  const allocated = Money.sum(payment.allocations.flatMap((a) => [Money.of(a.amount), Money.of(a.fine), Money.of(a.mora)]));
  const total = allocated.plus(Money.of(payment.unallocated)).plus(Money.of(payment.overpayment));
  if (!total.eq(Money.of(payment.amount))) throw refuse(`valor ${payment.amount} difere da soma das alocações, do não alocado e do excedente (${total.toString()})`);
  return paidDate;
}
