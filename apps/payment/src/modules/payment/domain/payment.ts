import type { PayloadOf, SettlementInstruction } from '@consignado/contracts';
import type { AmortizationMode, IsoDate, Money } from '@consignado/finance';
import type { Allocation } from '../../billing/domain/installment-payment';

type Received = PayloadOf<'PaymentReceived'>;
export type PaymentSource = Received['source'];
export type PaymentPurpose = Received['purpose'];

/** What a settling payment computed (finance settlementAmount on the payment date). */
export interface SettledPosition {
  readonly kind: 'PAYOFF' | 'CONSOLIDATED_DEBT';
  /** The settlement amount: what loan recomputes and must find in `unallocated`. */
  readonly amount: Money;
  /** The rows the settlement ended (SETTLED). */
  readonly installments: readonly number[];
  /** Σ those rows' amounts: what running them out would have cost. */
  readonly remainingUndiscounted: Money;
}

/** The plan an extraordinary amortization put in force (finance extraAmortization). */
export interface AmortizationRecord {
  readonly mode: AmortizationMode;
  readonly interestSettled: Money;
  /** B′: the balance the new plan starts from. */
  readonly balance: Money;
  readonly previousInstallment: Money;
  readonly installment: Money;
  readonly remainingInstallments: number;
  readonly rows: ReadonlyArray<{ readonly number: number; readonly dueDate: IsoDate; readonly amount: Money }>;
}

/**
 * Money received for a contract: installments (manual or payroll), an early settlement, an
 * extraordinary amortization, or the payoff a refinancing, a portability out or a credit-life
 * insurer (a death claim) paid.
 * amount = Σ allocation totals + unallocated + overpayment.
 */
export interface Payment {
  readonly paymentId: string;
  readonly customerId: string;
  readonly contractId: string;
  readonly source: PaymentSource;
  readonly purpose: PaymentPurpose;
  readonly amount: Money;
  readonly allocations: readonly Allocation[];
  /** EARLY_SETTLEMENT: the settlement amount; EXTRA_AMORTIZATION: the amount; else 0.00. */
  readonly unallocated: Money;
  /** Beyond what was owed: the customer's refundable credit, never applied to other installments. */
  readonly overpayment: Money;
  readonly paymentDate: IsoDate;
  readonly paidAt: Date;
  /** The late-charge parameter version the allocations were priced with (installments only). */
  readonly lateChargeParameters?: string;
  /** PAYROLL only: the remittance the line came in. */
  readonly remittanceId?: string;
  /** EARLY_SETTLEMENT: why the contract ends (the reason loan's ContractSettled will carry). */
  readonly settlement?: SettlementInstruction;
  readonly settled?: SettledPosition;
  readonly amortization?: AmortizationRecord;
  /**
   * APPLIED: it changed the billing and raised PaymentReceived. CREDITED: the contract had already
   * ended when a payoff arrived; the whole amount is the customer's credit and no event is raised.
   */
  readonly effect: 'APPLIED' | 'CREDITED';
}

/** PaymentReceived v1: allocations are installment + fine + mora; settlement and amortization money is in `unallocated`. */
export function paymentReceivedOf(payment: Payment): Received {
  return {
    paymentId: payment.paymentId,
    contractId: payment.contractId,
    customerId: payment.customerId,
    source: payment.source,
    purpose: payment.purpose,
    ...(payment.amortization ? { amortizationMode: payment.amortization.mode } : {}),
    ...(payment.settlement ? { settlement: payment.settlement } : {}),
    amount: payment.amount.toString(),
    allocations: payment.allocations.map((a) => ({ installmentNumber: a.installmentNumber, amount: a.amount.toString(), fine: a.fine.toString(), mora: a.mora.toString() })),
    unallocated: payment.unallocated.toString(),
    overpayment: payment.overpayment.toString(),
    paymentDate: payment.paymentDate.toString(),
    paidAt: payment.paidAt.toISOString(),
  };
}
