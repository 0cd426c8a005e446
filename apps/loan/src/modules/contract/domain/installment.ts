import type { IsoDate, Money } from '@consignado/finance';
import { InvalidAllocationError } from './contract.errors';

/**
 * PAID once its payment is recorded; SETTLED when a settlement of the whole contract (early,
 * refinanced, ported out) ended it unpaid; CANCELLED when the contract is undone before it was paid.
 */
export type InstallmentStatus = 'PENDING' | 'PAID' | 'SETTLED' | 'CANCELLED';

/** What a payment put on one installment (payment service's allocation, R-LN-3 charges included). */
export interface InstallmentPayment {
  paymentId: string;
  paidDate: IsoDate;
  amount: Money;
  fine: Money;
  mora: Money;
}

export interface InstallmentProps {
  number: number;
  dueDate: IsoDate;
  /** The scheduled installment (the last one absorbs the rounding residue). */
  amount: Money;
  interest: Money;
  amortization: Money;
  /** Principal still owed after this installment. */
  balance: Money;
  status: InstallmentStatus;
  payment?: InstallmentPayment;
}

/**
 * One row of the contract's schedule (seed 002 §7.3 tabelaParcelas): the Price row plus its
 * servicing state. Fine and mora are recorded as paid, after the contract checked them against
 * `lateCharges` (payment-allocation.ts).
 */
export class Installment {
  constructor(private props: InstallmentProps) {}

  get number(): number {
    return this.props.number;
  }

  get status(): InstallmentStatus {
    return this.props.status;
  }

  get snapshot(): Readonly<InstallmentProps> {
    return this.props;
  }

  /** Records a payment of exactly the scheduled amount (plus its charges); the guards restate verifyInstallmentPayment's. */
  pay(payment: InstallmentPayment): void {
    if (this.props.status !== 'PENDING') throw new InvalidAllocationError(this.number, `parcela já está ${this.props.status}`);
    if (!payment.amount.eq(this.props.amount)) {
      throw new InvalidAllocationError(this.number, `valor ${payment.amount.toString()} difere da parcela ${this.props.amount.toString()}`);
    }
    this.props = { ...this.props, status: 'PAID', payment };
  }

  /** An unpaid installment stops being owed when the contract is cancelled. */
  cancel(): void {
    if (this.props.status === 'PENDING') this.props = { ...this.props, status: 'CANCELLED' };
  }

  /** An unpaid installment ends with the settlement of the whole contract (its amount is in the settlement). */
  settle(): void {
    if (this.props.status === 'PENDING') this.props = { ...this.props, status: 'SETTLED' };
  }
}
