import { type IsoDate, Money } from '@consignado/finance';
import { RegretReturnOverpaidError } from './disbursement.errors';

export type RegretReturnStatus = 'DUE' | 'RECEIVED';

export interface RegretReceipt {
  receiptId: string;
  amount: Money;
  /** The day the money reached us. */
  receivedOn: IsoDate;
  recordedAt: Date;
  /** Who recorded it (`DIGITAL:<customerId>`, `INTERNAL:<operatorId>`…). */
  recordedBy: string;
}

export interface RegretReturnProps {
  contractId: string;
  customerId: string;
  amountDue: Money;
  /** When the regret was exercised (the cancellation). */
  dueSince: Date;
  status: RegretReturnStatus;
  receipts: RegretReceipt[];
  /** When the last receipt completed it. */
  receivedAt?: Date;
}

/**
 * What a customer who exercised the right of regret (R-PR-8, CDC art. 49) after the money was
 * released must give back, and what they gave back so far: DUE until receipts — one for the whole
 * amount or partial ones — add up to it exactly, then RECEIVED. A receipt beyond what is still due
 * is refused whole. The caller holds the row lock.
 */
export class RegretReturn {
  constructor(private readonly props: RegretReturnProps) {}

  static due(contractId: string, customerId: string, amountDue: Money, dueSince: Date): RegretReturn {
    return new RegretReturn({ contractId, customerId, amountDue, dueSince, status: 'DUE', receipts: [] });
  }

  get snapshot(): Readonly<RegretReturnProps> {
    return this.props;
  }

  get received(): Money {
    return Money.sum(this.props.receipts.map((r) => r.amount));
  }

  get outstanding(): Money {
    return this.props.amountDue.minus(this.received);
  }

  receive(receipt: RegretReceipt): void {
    const outstanding = this.outstanding;
    if (receipt.amount.gt(outstanding)) throw new RegretReturnOverpaidError(outstanding);
    this.props.receipts.push(receipt);
    if (!this.outstanding.isZero()) return;
    this.props.status = 'RECEIVED';
    this.props.receivedAt = receipt.recordedAt;
  }
}
