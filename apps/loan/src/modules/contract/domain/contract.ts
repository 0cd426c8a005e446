import { type IsoDate, Money } from '@consignado/finance';
import { fail, ok, type Result } from '@consignado/core';
import { type CancellationDecision, type CancellationRequest, decideCancellation } from './cancellation-policy';
import { assertTransition, type ContractStatus } from './contract-status';
import { ContractTerms } from './contract-terms';
import { type ContractCancellationReason, requiresAverbation } from './contract-vocabulary';
import {
  ContractNotActiveError, ContractSettledError, type InstallmentMismatchError, InvalidContractTermsError, type ValuationDateInvalidError,
} from './contract.errors';
import { type PayoffStatement, payoffOn, updatedBalanceOn, type ValuationError } from './contract-valuation';
import { type PaymentReceived, verifyInstallmentPayment } from './payment-allocation';
import { assertRegistrationMatches, type AverbationFailure, type AverbationRegistration } from './averbation';
import type { ContractProps, CreditApproval } from './contract-props';
import type { ContractEvent } from './contract-events';
import { averbationRequested, contractActivated, contractCancelled, contractSettled } from './contract-events';
import { bookedSchedule } from './schedule';

export type { ContractProps, CreditApproval } from './contract-props';
export type { AverbationFailure, AverbationRegistration } from './averbation';
export type { PayoffStatement, ValuationError } from './contract-valuation';

/**
 * The Contract aggregate (seed 003 §7.3, R-LN-1): terms, Price schedule, averbação and status.
 * Every change goes through the transition table; the events a change causes are collected and
 * pulled by the command handler, which writes them to the outbox in the same transaction.
 */
export class Contract {
  private events: ContractEvent[] = [];

  private constructor(private props: ContractProps) {}

  /** Rebuilds a stored contract (no events). */
  static restore(props: ContractProps): Contract {
    return new Contract(props);
  }

  /**
   * Books an approved credit: validates the terms, computes the schedule and checks its
   * installment against the approved one. INSS consignado waits for averbação; the other
   * products are in force at once.
   */
  static book(approval: CreditApproval, contractId: string, now: Date): Result<Contract, InvalidContractTermsError | InstallmentMismatchError> {
    const parsed = ContractTerms.parse(approval);
    if (!parsed.ok) return parsed;
    const awaitsAverbation = requiresAverbation(approval.product);
    const benefitNumber = approval.benefitNumber;
    if (awaitsAverbation && !benefitNumber) {
      return fail(new InvalidContractTermsError('benefitNumber', 'Número do benefício obrigatório para o consignado INSS.'));
    }
    const schedule = bookedSchedule(parsed.value);
    if (!schedule.ok) return schedule;
    const installments = schedule.value;
    const terms = parsed.value.withTotalPayable(Money.sum(installments.map((i) => i.snapshot.amount)));
    const contract = new Contract({
      id: contractId,
      proposalId: approval.proposalId,
      customerId: approval.customerId,
      product: approval.product,
      operationType: approval.operationType,
      channel: approval.channel,
      benefitNumber: approval.benefitNumber,
      refinancedContractId: approval.refinancedContractId,
      parameterVersion: approval.parameterVersion,
      terms,
      status: awaitsAverbation ? 'PENDING_AVERBATION' : 'ACTIVE',
      installments,
      averbation: { failures: [] },
      bookedAt: now,
      activatedAt: awaitsAverbation ? undefined : now,
    });
    // CPF goes to Dataprev through the event only; the contract does not keep it (LGPD minimisation).
    contract.raise(
      awaitsAverbation && benefitNumber
        ? averbationRequested(contract.props, { cpf: approval.cpf, benefitNumber })
        : contractActivated(contract.props, now),
    );
    return ok(contract);
  }

  get id(): string {
    return this.props.id;
  }

  get status(): ContractStatus {
    return this.props.status;
  }

  get snapshot(): Readonly<ContractProps> {
    return this.props;
  }

  /** Events raised since the last pull, oldest first. */
  pullEvents(): ContractEvent[] {
    const pulled = this.events;
    this.events = [];
    return pulled;
  }

  /**
   * Dataprev registered the deduction: the contract comes into force. A repeat of the same
   * registration changes nothing; a registration that arrives after a cancellation is kept for
   * the record (the connector undoes it on ContractCancelled) without reviving the contract.
   * A registration that is not this contract's deduction is refused (CONTRACT.AVERBATION_MISMATCH).
   */
  completeAverbation(registration: AverbationRegistration, now: Date): 'ACTIVATED' | 'UNCHANGED' {
    assertRegistrationMatches(this.props, registration);
    if (this.props.status === 'ACTIVE' && this.props.averbation.protocol === registration.protocol) return 'UNCHANGED';
    const { protocol, averbationId, registeredAt } = registration;
    const averbation = { ...this.props.averbation, protocol, averbationId, registeredAt };
    if (this.props.status === 'CANCELLED') {
      this.props = { ...this.props, averbation };
      return 'UNCHANGED';
    }
    this.moveTo('ACTIVE');
    this.props = { ...this.props, averbation, activatedAt: now };
    this.raise(contractActivated(this.props, now));
    return 'ACTIVATED';
  }

  /**
   * Dataprev refused or kept failing. A retryable report only records the attempt (the connector
   * keeps trying); a final one ends the contract in AVERBATION_FAILED, holding nothing.
   */
  failAverbation(failure: AverbationFailure): 'RECORDED' | 'FAILED' | 'UNCHANGED' {
    const { status } = this.props;
    if (failure.retryable) {
      // A retry report about a contract that has moved on is stale.
      if (status !== 'PENDING_AVERBATION') return 'UNCHANGED';
      this.recordFailure(failure);
      return 'RECORDED';
    }
    if (status === 'AVERBATION_FAILED' || status === 'CANCELLED') return 'UNCHANGED';
    this.moveTo('AVERBATION_FAILED');
    this.recordFailure(failure);
    return 'FAILED';
  }

  /** Applies a proposal cancellation (R-PR-8) as the cancellation policy decides. */
  requestCancellation(request: CancellationRequest, now: Date): CancellationDecision {
    const decision = decideCancellation(this.props.status, this.props.activatedAt, request);
    if (decision.outcome === 'CANCEL') this.cancel(decision.reason, now);
    return decision;
  }

  /**
   * Applies a PaymentReceived (R-LN-3, R-PA-2). INSTALLMENT: every allocation is checked against
   * the contract first (verifyInstallmentPayment: scheduled amount, fine and mora from
   * `lateCharges` on the payment date, a PENDING installment, in any order) and only then are the
   * installments marked PAID; a mismatch refuses the whole payment. When nothing is left to pay the
   * contract is SETTLED and raises ContractSettled (PAID_OFF). EARLY_SETTLEMENT and
   * EXTRA_AMORTIZATION are recorded by the caller but not applied here yet (R-LN-4/5 are out of
   * this slice): 'NOT_APPLIED'. Money for a SETTLED contract (CONTRACT.SETTLED) or one not in
   * force (CONTRACT.NOT_ACTIVE) is refused for an operator to look at.
   */
  recordPayment(payment: PaymentReceived, now: Date): 'APPLIED' | 'NOT_APPLIED' {
    if (this.props.status === 'SETTLED') throw new ContractSettledError(this.props.id);
    if (this.props.status !== 'ACTIVE') throw new ContractNotActiveError(this.props.id, this.props.status);
    if (payment.purpose !== 'INSTALLMENT') return 'NOT_APPLIED';
    for (const { installment, payment: paid } of verifyInstallmentPayment(this.props, payment)) installment.pay(paid);
    if (this.props.installments.every((i) => i.status === 'PAID')) this.settle(now, payment.paymentDate);
    return 'APPLIED';
  }

  /** The early-settlement amount on `date` (see contract-valuation.ts). */
  payoff(date: IsoDate): Result<PayoffStatement, ValuationError> {
    return payoffOn(this.props, date);
  }

  /** Everything owed on `date`, overdue charges included; null before activation (see contract-valuation.ts). */
  updatedBalance(date: IsoDate): Result<Money | null, ValuationDateInvalidError> {
    return updatedBalanceOn(this.props, date);
  }

  private cancel(reason: ContractCancellationReason, now: Date): void {
    this.moveTo('CANCELLED');
    this.props.installments.forEach((i) => i.cancel());
    this.props = { ...this.props, cancelledAt: now, cancellationReason: reason };
    this.raise(contractCancelled(this.props, reason, now));
  }

  private settle(now: Date, lastPaymentDate: string): void {
    this.moveTo('SETTLED');
    this.props = { ...this.props, settledAt: now };
    this.raise(contractSettled(this.props, now, lastPaymentDate));
  }

  private recordFailure(failure: AverbationFailure): void {
    this.props = { ...this.props, averbation: { ...this.props.averbation, failures: [...this.props.averbation.failures, failure] } };
  }

  private moveTo(status: ContractStatus): void {
    assertTransition(this.props.status, status);
    this.props = { ...this.props, status };
  }

  private raise(event: ContractEvent): void {
    this.events.push(event);
  }
}
