import { IsoDate, Money } from '@consignado/finance';
import type { PayloadOf } from '@consignado/contracts';
import { assertBillingTransition, type BillingStatus } from './billing-status';
import { InvalidInstallmentError, InvalidScheduleError } from './billing.errors';
import { type Payment, paymentReceivedOf } from '../../payment/domain/payment';
import { type PaymentQuote, type PaymentRequest, quotePayment } from './installment-payment';

/** PENDING until collected; PAID by a manual payment or a payroll deduction; CLOSED when the contract stopped being billed. */
export type BillingInstallmentStatus = 'PENDING' | 'PAID' | 'CLOSED';

/** How an installment was settled (seed 002 §7.3: dataPagamento, multa, jurosMora). */
export interface InstallmentPayment {
  paymentId: string;
  paidDate: IsoDate;
  /** amount + fine + mora. */
  paidAmount: Money;
  fine: Money;
  mora: Money;
}

export interface BillingInstallment {
  number: number;
  dueDate: IsoDate;
  amount: Money;
  status: BillingInstallmentStatus;
  /** Present once PAID. */
  payment?: InstallmentPayment;
}

export interface BillingProps {
  contractId: string;
  customerId: string;
  status: BillingStatus;
  installments: BillingInstallment[];
  activatedAt?: Date;
  closedAt?: Date;
  /**
   * Paid beyond what the chosen installments cost (overpayment rule, README): the customer's
   * refundable credit, never applied to installments the customer did not choose.
   */
  creditBalance: Money;
}

/** An event the Billing raised (PaymentReceived's aggregate is the billing, key = contractId). */
export type BillingEvent = { readonly type: 'PaymentReceived'; readonly payload: PayloadOf<'PaymentReceived'> };

type Activation = PayloadOf<'ContractActivated'>;
type Closing = { at: Date; status: Exclude<BillingStatus, 'ACTIVE'> };

/**
 * What payment collects for one contract: the schedule loan activated, installment by installment.
 * Events may arrive in any order across topics, so a contract closed before its activation was
 * seen is kept as a closed billing, and the late schedule is attached already closed. Money
 * received raises PaymentReceived; the command handler pulls it into the outbox.
 */
export class Billing {
  private events: BillingEvent[] = [];

  private constructor(private props: BillingProps) {}

  static restore(props: BillingProps): Billing {
    return new Billing(props);
  }

  /** Opens billing from ContractActivated: every installment PENDING. */
  static open(activation: Activation): Billing {
    return new Billing({
      contractId: activation.contractId,
      customerId: activation.customerId,
      status: 'ACTIVE',
      installments: scheduleOf(activation, 'PENDING'),
      activatedAt: new Date(activation.activatedAt),
      creditBalance: Money.ZERO,
    });
  }

  /** A contract cancelled or settled before its activation reached payment: nothing to bill. */
  static closedBeforeActivation(contractId: string, customerId: string, closing: Closing): Billing {
    return new Billing({ contractId, customerId, status: closing.status, installments: [], closedAt: closing.at, creditBalance: Money.ZERO });
  }

  get contractId(): string {
    return this.props.contractId;
  }

  get snapshot(): Readonly<BillingProps> {
    return this.props;
  }

  /** Events raised since the last pull, oldest first. */
  pullEvents(): BillingEvent[] {
    const pulled = this.events;
    this.events = [];
    return pulled;
  }

  /** A repeated activation changes nothing; on a closed billing the schedule is kept, closed. */
  attachSchedule(activation: Activation): 'UNCHANGED' | 'ATTACHED_CLOSED' {
    if (this.props.status === 'ACTIVE' || this.props.installments.length > 0) return 'UNCHANGED';
    this.props = { ...this.props, installments: scheduleOf(activation, 'CLOSED'), activatedAt: new Date(activation.activatedAt) };
    return 'ATTACHED_CLOSED';
  }

  /** Checks and prices a manual payment (seed 002 §8.2); throws the first refusal. */
  quotePayment(request: PaymentRequest): PaymentQuote {
    return quotePayment(this.props, request);
  }

  /**
   * Settles the payment's installments on its date, credits its overpayment and raises
   * PaymentReceived. The payment must come from a quote of this billing's current state (the
   * caller holds its row lock).
   */
  recordPayment(payment: Payment): void {
    const { paymentId, paymentDate } = payment;
    const paid = new Map(payment.allocations.map((a) => [a.installmentNumber, a]));
    for (const n of paid.keys()) if (this.installment(n)?.status !== 'PENDING') throw new InvalidInstallmentError(n);
    const installments = this.props.installments.map((i) => {
      const allocation = paid.get(i.number);
      if (!allocation) return i;
      const { fine, mora, total } = allocation;
      return { ...i, status: 'PAID' as const, payment: { paymentId, paidDate: paymentDate, paidAmount: total, fine, mora } };
    });
    this.props = { ...this.props, installments, creditBalance: this.props.creditBalance.plus(payment.overpayment) };
    this.events.push({ type: 'PaymentReceived', payload: paymentReceivedOf(payment) });
  }

  installment(number: number): BillingInstallment | undefined {
    return this.props.installments.find((i) => i.number === number);
  }

  /** Stops billing (ContractCancelled → CANCELLED, ContractSettled → SETTLED); a repeat changes nothing. */
  close(closing: Closing): 'CLOSED' | 'UNCHANGED' {
    if (this.props.status === closing.status) return 'UNCHANGED';
    assertBillingTransition(this.props.status, closing.status);
    const installments = this.props.installments.map((i) => (i.status === 'PENDING' ? { ...i, status: 'CLOSED' as const } : i));
    this.props = { ...this.props, status: closing.status, installments, closedAt: closing.at };
    return 'CLOSED';
  }
}

function scheduleOf(activation: Activation, status: BillingInstallmentStatus): BillingInstallment[] {
  const rows = [...activation.schedule].sort((a, b) => a.number - b.number);
  if (rows.some((row, k) => row.number !== k + 1)) throw new InvalidScheduleError('parcelas devem ser numeradas de 1 em diante, sem lacunas');
  if (rows.length !== activation.termMonths) throw new InvalidScheduleError(`${rows.length} parcelas para um prazo de ${activation.termMonths} meses`);
  return rows.map((row) => {
    const amount = Money.parsePositive(row.amount, `schedule[${row.number}].amount`);
    const dueDate = IsoDate.parse(row.dueDate, `schedule[${row.number}].dueDate`);
    if (!amount.ok) throw new InvalidScheduleError(amount.error.message);
    if (!dueDate.ok) throw new InvalidScheduleError(dueDate.error.message);
    return { number: row.number, dueDate: dueDate.value, amount: amount.value, status };
  });
}
