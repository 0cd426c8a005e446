import type { PayloadOf, SettlementInstruction } from '@consignado/contracts';
import { type AmortizationMode, type IsoDate, Money, type ProductCode } from '@consignado/finance';
import { amortizationPayment, creditApplicationPayment, creditedPayment, type NewPayment, settlingPayment } from '../../payment/domain/payment-kinds';
import { type Payment, paymentReceivedOf } from '../../payment/domain/payment';
import { type Acceptance, renegotiationPayment } from '../../payment/domain/renegotiation-payment';
import { amend, type AmendOutcome, type Amendment, type RowKey } from './amendment';
import { type BalanceRequest, quoteAmortization, quoteSettlement } from './balance-operations';
import { type BillingPlan, bookedPlan, type RowSplit } from './billing-plan';
import { assertBillingTransition, type BillingStatus } from './billing-status';
import { InvalidInstallmentError } from './billing.errors';
import { quoteCreditApplication, quoteRefund } from './customer-credit';
import { type BlockChange, type BlockOutcome, type ContractBlock, withBlockChange } from './contract-block';
import { type PaymentQuote, type PaymentRequest, quotePayment } from './installment-payment';
import { decidePayoff, type PayoffRequest } from './payoff';
import { quoteRenegotiation, type RenegotiationRequest } from './renegotiation';
import { replanned, settledRows } from './plan-changes';

/**
 * PENDING until collected; PAID by a manual payment or a payroll deduction; SETTLED when a
 * settlement of the whole contract ended it unpaid; CLOSED when the contract was cancelled.
 */
export type BillingInstallmentStatus = 'PENDING' | 'PAID' | 'CLOSED' | 'SETTLED';

/** How an installment was paid (seed 002 §7.3: dataPagamento, multa, jurosMora). */
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
  /** Interest, amortization and balance after the row; absent on billings opened before the position was kept. */
  split?: RowSplit;
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
  /** Paid beyond what was owed (overpayment rule, README), and premium refunds: the customer's refundable credit. */
  creditBalance: Money;
  /** The unexpired credit-life premium loan's ContractSettled owed back, already in creditBalance; absent until one came. */
  insurancePremiumRefund?: Money;
  /** The plan in force; absent when unknown (billed before the position was kept, or not activated yet). */
  plan?: BillingPlan;
  /** The contract's product (ContractActivated): a workout's longest term depends on it; absent on billings opened before it was kept. */
  product?: ProductCode;
  /** The payment that settled the whole contract (early settlement, refinancing, portability out, insurance claim). */
  settledByPaymentId?: string;
  /** Staff's block of the contract (R-LN-8): while present, no money on request and no reminders. */
  block?: ContractBlock;
  /** The contract revision of the last ContractBlocked / ContractUnblocked applied; absent before any. */
  blockRevision?: number;
}

/** An event the Billing raised (PaymentReceived's aggregate is the billing, key = contractId). */
export type BillingEvent = { readonly type: 'PaymentReceived'; readonly payload: PayloadOf<'PaymentReceived'> };

type Activation = PayloadOf<'ContractActivated'>;
type Closing = { at: Date; status: Exclude<BillingStatus, 'ACTIVE'> };
type Ids = Omit<NewPayment, 'customerId' | 'contractId'>;

/**
 * What payment collects for one contract and the arbiter of the money that reaches it
 * (docs/life-cycle.md principle 1): the plan in force with its finance position, installments,
 * early settlement, extraordinary amortization, the payoffs of refinancings, portabilities and
 * credit-life claims, and the customer's credit (overpayments, premium refunds). The caller holds
 * the billing's row lock. Events may arrive in any order across topics, so a contract closed
 * before its activation was seen is kept closed and its schedule attached closed. A blocked
 * contract takes no money on request; payroll lines and payoffs (the insurer's of a contract
 * blocked for DEATH among them) still apply: money that has already moved. Money applied raises
 * PaymentReceived; the handler pulls it into the outbox.
 */
export class Billing {
  private events: BillingEvent[] = [];

  private constructor(private props: BillingProps) {}

  static restore(props: BillingProps): Billing {
    return new Billing(props);
  }

  /** Opens billing from ContractActivated: the booked plan, every installment PENDING. */
  static open(activation: Activation): Billing {
    const { plan, rows } = bookedPlan(activation);
    const installments = rows.map((r) => ({ ...r, status: 'PENDING' as const }));
    const { contractId, customerId, product } = activation;
    return new Billing({ contractId, customerId, product, status: 'ACTIVE', installments, activatedAt: new Date(activation.activatedAt), creditBalance: Money.ZERO, plan });
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

  installment(number: number): BillingInstallment | undefined {
    return this.props.installments.find((i) => i.number === number);
  }

  /** A repeated activation changes nothing; on a closed billing the plan is kept, its rows ended. */
  attachSchedule(activation: Activation): 'UNCHANGED' | 'ATTACHED_CLOSED' {
    if (this.props.status === 'ACTIVE' || this.props.installments.length > 0) return 'UNCHANGED';
    const { plan, rows } = bookedPlan(activation);
    const status = this.props.status === 'SETTLED' ? ('SETTLED' as const) : ('CLOSED' as const);
    this.props = { ...this.props, installments: rows.map((r) => ({ ...r, status })), activatedAt: new Date(activation.activatedAt), plan, product: activation.product };
    return 'ATTACHED_CLOSED';
  }

  /** Checks and prices a manual payment of installments (seed 002 §8.2); throws the first refusal. */
  quotePayment(request: PaymentRequest): PaymentQuote {
    return quotePayment(this.props, request);
  }

  /** Pays the payment's installments (from a quote of this state), credits its overpayment, raises PaymentReceived. */
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
    this.raise(payment);
  }

  /** Early settlement asked by the customer (R-LN-4): exactly the settlement amount, or refused. */
  settleEarly(ids: Ids, request: BalanceRequest): Payment {
    const settled = quoteSettlement(this.props, request);
    const { amount, paymentDate } = request;
    return this.settle(settlingPayment(this.ids(ids), { source: 'MANUAL', amount, paymentDate, settlement: { reason: 'EARLY_SETTLEMENT' }, settled }));
  }

  /** A workout accepted (R-LN-8): the debt moves to a new contract (no money); the billing ends as on an early settlement. */
  renegotiate(ids: Ids, request: RenegotiationRequest, acceptance: Acceptance): Payment {
    const quote = quoteRenegotiation(this.props, request);
    return this.settle(renegotiationPayment(this.ids(ids), request.today, quote, acceptance));
  }

  /** Extraordinary amortization (R-LN-5): the unpaid rows are replaced by the new plan at once. */
  amortizeExtra(ids: Ids, request: BalanceRequest & { mode: AmortizationMode }): Payment {
    const done = quoteAmortization(this.props, request);
    const payment = amortizationPayment(this.ids(ids), request.paymentDate, request.mode, done, this.props.plan?.installment ?? Money.ZERO, request.amount);
    this.props = replanned(this.props, done, payment.paymentId);
    this.raise(payment);
    return payment;
  }

  /**
   * A refinancing's, portability's or insurer's payoff: settles an ACTIVE contract (excess
   * credited), blocked or not (assertNotBlocked guards money on request only), or is all credit on
   * one already ended.
   */
  payOff(ids: Ids, request: PayoffRequest & { settlement: SettlementInstruction }): Payment {
    const decision = decidePayoff(this.props, request);
    const { source, amount, date: paymentDate, settlement } = request;
    if (decision.kind === 'SETTLE') return this.settle(settlingPayment(this.ids(ids), { source, amount, paymentDate, settlement, settled: decision.settled }));
    const credited = creditedPayment(this.ids(ids), { source, amount, paymentDate, settlement });
    this.props = { ...this.props, creditBalance: this.props.creditBalance.plus(credited.overpayment) };
    return credited;
  }

  /** Loan's amended plan: checked against this billing (or the plan recorded with the payment), or taken. */
  amend(amendment: Amendment, recorded?: readonly RowKey[]): AmendOutcome {
    const { outcome, props } = amend(this.props, amendment, recorded);
    this.props = props;
    return outcome;
  }

  /** ContractBlocked / ContractUnblocked (R-LN-8): applied only above the last revision applied, else nothing changes. */
  changeBlock(change: BlockChange): BlockOutcome {
    const { outcome, props } = withBlockChange(this.props, change);
    this.props = props;
    return outcome;
  }

  /** ContractSettled's insurancePremiumRefund: credited once; a repeat (another delivery, another event id) changes nothing. */
  refundInsurancePremium(refund: Money): 'CREDITED' | 'ALREADY_CREDITED' {
    if (this.props.insurancePremiumRefund) return 'ALREADY_CREDITED';
    this.props = { ...this.props, insurancePremiumRefund: refund, creditBalance: this.props.creditBalance.plus(refund) };
    return 'CREDITED';
  }

  /** A refund of the credit through the rail (`quoteRefund`): debited at once, so it can never be spent twice. */
  debitCreditForRefund(amount?: Money): Money {
    const refund = quoteRefund(this.props, amount);
    this.props = { ...this.props, creditBalance: this.props.creditBalance.minus(refund) };
    return refund;
  }

  /** A refund the rail could not make: its money back in the credit. The caller makes it once (the attempt's FAILED transition). */
  restoreCredit(amount: Money): void {
    this.props = { ...this.props, creditBalance: this.props.creditBalance.plus(amount) };
  }

  /** Credit applied to the open installments, oldest first (`quoteCreditApplication`): paid, PaymentReceived raised, the credit debited. */
  applyCredit(ids: Ids, today: IsoDate, amount?: Money): Payment {
    const application = quoteCreditApplication(this.props, today, amount);
    const payment = creditApplicationPayment(this.ids(ids), application, today);
    this.recordPayment(payment);
    this.props = { ...this.props, creditBalance: this.props.creditBalance.minus(application.applied) };
    return payment;
  }

  /** Stops billing (ContractCancelled → CANCELLED, rows CLOSED; ContractSettled → SETTLED, rows SETTLED); a repeat changes nothing. */
  close(closing: Closing): 'CLOSED' | 'UNCHANGED' {
    if (this.props.status === closing.status) return 'UNCHANGED';
    assertBillingTransition(this.props.status, closing.status);
    const ended = closing.status === 'SETTLED' ? ('SETTLED' as const) : ('CLOSED' as const);
    const installments = this.props.installments.map((i) => (i.status === 'PENDING' ? { ...i, status: ended } : i));
    this.props = { ...this.props, status: closing.status, installments, closedAt: closing.at };
    return 'CLOSED';
  }

  private settle(payment: Payment): Payment {
    assertBillingTransition(this.props.status, 'SETTLED');
    this.props = { ...settledRows(this.props, payment.paidAt, payment.paymentId), creditBalance: this.props.creditBalance.plus(payment.overpayment) };
    this.raise(payment);
    return payment;
  }

  private ids(ids: Ids): NewPayment {
    return { ...ids, customerId: this.props.customerId, contractId: this.props.contractId };
  }

  private raise(payment: Payment): void {
    this.events.push({ type: 'PaymentReceived', payload: paymentReceivedOf(payment) });
  }
}
