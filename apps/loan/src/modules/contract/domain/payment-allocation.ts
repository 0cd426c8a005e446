import { Money } from '@consignado/finance';
import { InvalidAllocationError } from './contract.errors';
import type { ContractProps } from './contract-props';
import type { Installment, InstallmentPayment } from './installment';
import { lateChargesOn } from './late-charges-policy';
import { type PaymentReceived, verifyPaymentAsAWhole } from './payment-check';

export type { PaymentReceived } from './payment-check';

/** One allocation checked against the contract: the installment it pays and what it records. */
export interface VerifiedAllocation {
  installment: Installment;
  payment: InstallmentPayment;
}

/**
 * Checks an INSTALLMENT payment against the contract before anything is applied (R-LN-3): the
 * payment as a whole (payment-check.ts), then each allocation pays a PENDING
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
