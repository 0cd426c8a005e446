import { IsoDate, type Money, type WorkoutAsk } from '@consignado/finance';
import { ok, type Result } from '@consignado/core';
import type { PayloadOf } from '@consignado/contracts';
import { type CancellationDecision, type CancellationRequest, decideCancellation } from './cancellation-policy';
import { assertTransition, type ContractStatus } from './contract-status';
import { type ContractCancellationReason, requiresAverbation } from './contract-vocabulary';
import { ContractNotActiveError, ContractSettledError, type ValuationDateInvalidError } from './contract.errors';
import { InsuranceClaimMismatchError } from './insurance.errors';
import { acceptedStatus, type BookingError, openContract, openingEvents } from './contract-booking';
import { type AcceptanceRequest, acceptanceOf, assertAcceptanceMatches } from './formalization';
import { verifyAmortizationPayment } from './contract-amendment';
import { type ContractSettlement, verifySettlementPayment } from './contract-settlement';
import { balanceDateFrom } from './contract-payments';
import { updatedBalanceOn } from './contract-valuation';
import { type PaymentReceived, verifyInstallmentPayment } from './payment-allocation';
import { type QuoteError, type SettlementQuote, settlementQuote } from './settlement-quote';
import { type WorkoutOffers, type WorkoutOffersError, workoutOffers } from './workout-offers';
import { assertRegistrationMatches, type AverbationFailure, type AverbationRegistration } from './averbation';
import { assertTransferMatches } from './portability-transfer';
import type { RefinancingRefusedError } from './life-cycle.errors';
import type { ContractProps, CreditApproval } from './contract-props';
import { type BlockRequest, currentBlock, liftBlock, openBlock, type UnblockRequest } from './contract-block';
import type { ContractEvent } from './contract-events';
import { deathClaim, policyOnCancellation, policyOnSettlement } from './contract-insurance';
import { denyClaim } from './policy-claims';
import { civilDate } from './regret-window';
import { verifyRenegotiationPayment } from './renegotiation';
import { renegotiatedContract } from './renegotiated-contract';
import { averbationRequested, contractActivated, contractAmended, contractBlocked, contractCancelled, contractIssued, contractPositionChanged, contractSettled, contractUnblocked } from './contract-events';

export type { ContractProps, CreditApproval } from './contract-props';
export type { AverbationFailure, AverbationRegistration } from './averbation';
export type { Acceptance, AcceptanceRequest, Formalization } from './formalization';
export type { SettlementQuote, QuoteError } from './settlement-quote';

export type PaymentOutcome = 'APPLIED' | 'SETTLED' | 'AMENDED' | 'RENEGOTIATED';
type TransferCompleted = PayloadOf<'PortabilityTransferCompleted'>;
type TransferFailed = PayloadOf<'PortabilityTransferFailed'>;

/**
 * The Contract aggregate (seed 003 §7.3, R-LN-1): terms, plan, averbação and status. Every change
 * goes through the transition table and ends with ContractPositionChanged at the next revision;
 * the events a change causes are collected and pulled by the command handler, which writes them
 * to the outbox in the same transaction.
 */
export class Contract {
  private events: ContractEvent[] = [];

  private constructor(private props: ContractProps) {}

  /** Rebuilds a stored contract (no events). */
  static restore(props: ContractProps): Contract {
    return new Contract(props);
  }

  /**
   * Books an approved credit (contract-booking.ts): AWAITING_ACCEPTANCE, raising nothing until its
   * CCB is issued (`issue`); a refused refinancing is booked CANCELLED at once and raises
   * ContractCancelled (REFINANCING_REFUSED) with its position.
   */
  static book(approval: CreditApproval, contractId: string, now: Date, refusal?: RefinancingRefusedError, partnerId?: string): Result<Contract, BookingError> {
    const opened = openContract(approval, contractId, now, refusal, partnerId);
    if (!opened.ok) return opened;
    const contract = new Contract(opened.value);
    if (refusal) {
      contract.raise(contractCancelled(contract.props, 'REFINANCING_REFUSED', now));
      contract.positionChanged(now);
    }
    return ok(contract);
  }

  /**
   * The CCB drawn up from the approved terms was stored with its SHA-256 (R-LN-9): ContractIssued.
   * No ContractPositionChanged yet: the catalogue's position knows no AWAITING_ACCEPTANCE, and
   * nothing is in force until the acceptance.
   */
  issue(documentHash: string, issuedAt: Date): void {
    if (this.props.status !== 'AWAITING_ACCEPTANCE' || this.props.formalization) throw new Error(`contract ${this.props.id}: CCB issued twice or for ${this.props.status}`);
    this.props = { ...this.props, formalization: { documentHash, issuedAt } };
    this.raise(contractIssued(this.props));
  }

  /**
   * The customer accepted the CCB (R-LN-9): the acceptance is kept and the contract opens as
   * booking opened it before — PortabilityTransferRequested, AverbationRequested (the CPF kept
   * sealed until now is erased) or ContractActivated — with its position. An acceptance of another
   * document is refused (CONTRACT.DOCUMENT_MISMATCH); a repeat, or one for a cancelled contract,
   * changes nothing. A refinancing whose old contract stopped qualifying meanwhile (`refusal`, the
   * booking's check run again) ends CANCELLED (REFINANCING_REFUSED) instead.
   */
  accept(request: AcceptanceRequest, now: Date, refusal?: RefinancingRefusedError): 'ACCEPTED' | 'UNCHANGED' | 'CANCELLED' | 'REFINANCING_REFUSED' {
    if (this.props.status === 'CANCELLED') return 'CANCELLED';
    assertAcceptanceMatches(this.props, request);
    const formalization = this.props.formalization;
    if (this.props.status !== 'AWAITING_ACCEPTANCE' || !formalization) return 'UNCHANGED';
    if (refusal) {
      // The contract a refinancing replaces changed while the CCB waited (settled, blocked): never opened.
      this.props = { ...this.props, cancellationMessage: refusal.message };
      this.cancel('REFINANCING_REFUSED', now);
      return 'REFINANCING_REFUSED';
    }
    const cpf = this.props.pendingAverbationCpf;
    const status = acceptedStatus(this.props);
    this.moveTo(status);
    this.props = { ...this.props, formalization: { ...formalization, acceptance: acceptanceOf(request) }, activatedAt: status === 'ACTIVE' ? now : undefined };
    if (status === 'PENDING_AVERBATION') this.props = { ...this.props, pendingAverbationCpf: undefined };
    openingEvents(this.props, cpf, now).forEach((event) => this.raise(event));
    this.positionChanged(now);
    return 'ACCEPTED';
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
    this.positionChanged(now);
    return 'ACTIVATED';
  }

  /**
   * Dataprev refused or kept failing. A retryable report only records the attempt (the connector
   * keeps trying); a final one ends the contract in AVERBATION_FAILED, holding nothing.
   */
  failAverbation(failure: AverbationFailure, now: Date): 'RECORDED' | 'FAILED' | 'UNCHANGED' {
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
    this.positionChanged(now);
    return 'FAILED';
  }

  /** Applies a proposal cancellation (R-PR-8) as the cancellation policy decides. */
  requestCancellation(request: CancellationRequest, now: Date): CancellationDecision {
    const decision = decideCancellation(this.props.status, this.props.activatedAt, request);
    if (decision.outcome === 'CANCEL') this.cancel(decision.reason, now);
    return decision;
  }

  /**
   * The exchange transferred the origin's balance and the origin confirmed its settlement
   * (R-LN-7): INSS waits for the averbação (operation PORTABILITY, with the origin's contract), the
   * other products come into force. A repeat changes nothing; a report for another portability is
   * refused (CONTRACT.PORTABILITY_MISMATCH), one for a cancelled contract goes to an operator.
   */
  completePortabilityTransfer(transfer: TransferCompleted, now: Date): 'AVERBATION_REQUESTED' | 'ACTIVATED' | 'UNCHANGED' {
    assertTransferMatches(this.props, 'COMPLETED', transfer);
    if (this.props.status !== 'PENDING_PORTABILITY') return 'UNCHANGED';
    const { benefitNumber, pendingAverbationCpf: cpf } = this.props;
    if (requiresAverbation(this.props.product)) {
      if (!cpf || !benefitNumber) throw new Error(`contract ${this.props.id}: INSS portability without CPF or benefit`);
      this.moveTo('PENDING_AVERBATION');
      this.props = { ...this.props, pendingAverbationCpf: undefined };
      this.raise(averbationRequested(this.props, { cpf, benefitNumber }));
    } else {
      this.moveTo('ACTIVE');
      this.props = { ...this.props, activatedAt: now };
      this.raise(contractActivated(this.props, now));
    }
    this.positionChanged(now);
    return this.props.status === 'ACTIVE' ? 'ACTIVATED' : 'AVERBATION_REQUESTED';
  }

  /** The portability in will not complete: CANCELLED (PORTABILITY_FAILED) with the exchange's reason. */
  failPortabilityTransfer(failure: TransferFailed, now: Date): 'CANCELLED' | 'UNCHANGED' {
    assertTransferMatches(this.props, 'FAILED', failure);
    if (this.props.status !== 'PENDING_PORTABILITY') return 'UNCHANGED';
    this.props = { ...this.props, cancellationMessage: failure.message };
    this.cancel('PORTABILITY_FAILED', now);
    return 'CANCELLED';
  }

  /** A refinancing booked to replace this contract (R-LN-6): shown on it; its proceeds will settle it. */
  markReplacedBy(contractId: string): void {
    this.props = { ...this.props, replacedByContractId: contractId };
  }

  /**
   * Applies a PaymentReceived once checked against the contract (nothing is applied on a
   * mismatch: the error is permanent). INSTALLMENT (R-LN-3): allocations paid, SETTLED (PAID_OFF)
   * after the last one. EARLY_SETTLEMENT (R-LN-4/6/7): the unpaid rows SETTLED and the contract with
   * them. EXTRA_AMORTIZATION (R-LN-5): the unpaid rows replaced by the new plan, ContractAmended.
   * Money for a SETTLED contract (CONTRACT.SETTLED) or one not in force (CONTRACT.NOT_ACTIVE) is
   * refused for an operator to look at.
   */
  recordPayment(payment: PaymentReceived, now: Date): PaymentOutcome {
    if (this.props.status === 'SETTLED') throw new ContractSettledError(this.props.id);
    if (this.props.status !== 'ACTIVE') throw new ContractNotActiveError(this.props.id, this.props.status);
    const outcome = this.apply(payment, now);
    this.positionChanged(now);
    return outcome;
  }

  /**
   * A workout's settling payment (R-LN-8, renegotiation.ts): checked against finance's option on
   * this contract's position, this contract SETTLED (RENEGOTIATED, ContractSettled and its
   * position) and the RENEGOTIATION contract replacing it returned ACTIVE with ContractActivated
   * (its `renegotiation` origin) and its first position. Refused as `recordPayment` refuses.
   */
  renegotiate(payment: PaymentReceived, now: Date): Contract {
    if (this.props.status === 'SETTLED') throw new ContractSettledError(this.props.id);
    if (this.props.status !== 'ACTIVE') throw new ContractNotActiveError(this.props.id, this.props.status);
    const renegotiation = verifyRenegotiationPayment(this.props, payment);
    this.props.installments.forEach((i) => i.settle());
    this.settle(renegotiation.settlement, now);
    this.positionChanged(now);
    const successor = new Contract(renegotiatedContract(this.props, renegotiation, now));
    successor.raise(contractActivated(successor.props, now));
    successor.positionChanged(now);
    return successor;
  }

  /**
   * Staff suspend the contract (seed 003 §4.9, R-LN-8): ACTIVE only (CONTRACT.NOT_BLOCKABLE), one
   * block at a time (CONTRACT.ALREADY_BLOCKED). ContractPositionChanged carries the block, and
   * ContractBlocked its reason at that revision.
   */
  block(request: BlockRequest, now: Date): void {
    const blocks = openBlock(this.props.id, this.props.status, this.props.blocks, request, now);
    this.props = { ...this.props, blocks };
    this.positionChanged(now);
    this.raise(contractBlocked(this.props, blocks[blocks.length - 1]));
    if (request.reason === 'DEATH') this.fileDeathClaim(request.claimId, now);
  }

  /**
   * The insurer refused the claim (InsuranceClaimDenied): recorded on the policy, the contract
   * stays blocked for the estate or staff. A claim this policy never filed is refused
   * (CONTRACT.INSURANCE_CLAIM_MISMATCH); the same refusal again changes nothing.
   */
  denyInsuranceClaim(claimId: string, denial: { reason: string; message: string; at: Date }): 'DENIED' | 'UNCHANGED' {
    const policy = this.props.policy;
    if (!policy) throw new InsuranceClaimMismatchError('-', claimId, undefined);
    const denied = denyClaim(policy, claimId, denial);
    if (denied === policy) return 'UNCHANGED';
    this.props = { ...this.props, policy: denied };
    return 'DENIED';
  }

  /** Staff lift the block in force (CONTRACT.NOT_BLOCKED without one): ContractUnblocked. */
  unblock(request: UnblockRequest, now: Date): void {
    const blocks = liftBlock(this.props.id, this.props.blocks, request, now);
    this.props = { ...this.props, blocks };
    this.positionChanged(now);
    this.raise(contractUnblocked(this.props, blocks[blocks.length - 1]));
  }

  /** The block in force, if any. */
  get currentBlock() {
    return currentBlock(this.props.blocks);
  }

  /** What settles the contract on `date`: payoff, or consolidated debt when rows are overdue (settlement-quote.ts). */
  settlementQuote(date: IsoDate): Result<SettlementQuote, QuoteError> {
    return settlementQuote(this.props, date);
  }

  /** The renegotiations a late contract is offered on the ask's date (workout-offers.ts). */
  workoutOffers(ask: WorkoutAsk): Result<WorkoutOffers, WorkoutOffersError> {
    return workoutOffers(this.props, ask);
  }

  /** The day "today's" balance is taken on: today, unless the plan or a payment on record is later (contract-payments.ts). */
  balanceDateFrom(today: IsoDate): IsoDate {
    return balanceDateFrom(this.props, today);
  }

  /** Everything owed on `date`, overdue charges included; null before it is in force (contract-valuation.ts). */
  updatedBalance(date: IsoDate): Result<Money | null, ValuationDateInvalidError> {
    return updatedBalanceOn(this.props, date);
  }

  private apply(payment: PaymentReceived, now: Date): PaymentOutcome {
    if (payment.purpose === 'EARLY_SETTLEMENT') {
      const settlement = verifySettlementPayment(this.props, payment);
      this.props.installments.forEach((i) => i.settle());
      this.settle(settlement, now);
      return 'SETTLED';
    }
    if (payment.purpose === 'EXTRA_AMORTIZATION') {
      const amendment = verifyAmortizationPayment(this.props, payment);
      const kept = this.props.installments.filter((i) => i.number <= amendment.plan.afterInstallment);
      this.props = { ...this.props, plan: amendment.plan, installments: [...kept, ...amendment.rows] };
      this.raise(contractAmended(this.props, amendment, now));
      return 'AMENDED';
    }
    for (const { installment, payment: paid } of verifyInstallmentPayment(this.props, payment)) installment.pay(paid);
    if (!this.props.installments.every((i) => i.status === 'PAID')) return 'APPLIED';
    this.settle({ reason: 'PAID_OFF', date: IsoDate.of(payment.paymentDate), paymentId: payment.paymentId }, now);
    return 'SETTLED';
  }

  private cancel(reason: ContractCancellationReason, now: Date): void {
    this.moveTo('CANCELLED');
    this.props.installments.forEach((i) => i.cancel());
    this.props = { ...this.props, policy: policyOnCancellation(this.props, civilDate(now), now), cancelledAt: now, cancellationReason: reason, pendingAverbationCpf: undefined };
    this.raise(contractCancelled(this.props, reason, now));
    this.positionChanged(now);
  }

  private settle(settlement: ContractSettlement, now: Date): void {
    this.moveTo('SETTLED');
    // REFINANCED names the contract whose proceeds paid this one (the one booked to replace it otherwise); RENEGOTIATED the workout's.
    const replacing = settlement.reason === 'REFINANCED' || settlement.reason === 'RENEGOTIATED';
    const replacedBy = replacing ? (settlement.replacedByContractId ?? this.props.replacedByContractId) : undefined;
    const recorded = { ...settlement, replacedByContractId: replacedBy };
    const policy = policyOnSettlement(this.props, recorded, now);
    this.props = { ...this.props, settledAt: now, settlement: recorded, policy, replacedByContractId: replacedBy ?? this.props.replacedByContractId };
    this.raise(contractSettled(this.props, now));
  }

  /** A DEATH block files the policy's claim for the debt on today's balance date (contract-insurance.ts). */
  private fileDeathClaim(claimId: string, now: Date): void {
    const { policy, event } = deathClaim(this.props, claimId, this.balanceDateFrom(civilDate(now)), now);
    this.props = { ...this.props, policy };
    if (event) this.raise(event);
  }

  private recordFailure(failure: AverbationFailure): void {
    this.props = { ...this.props, averbation: { ...this.props.averbation, failures: [...this.props.averbation.failures, failure] } };
  }

  private moveTo(status: ContractStatus): void {
    assertTransition(this.props.status, status);
    this.props = { ...this.props, status };
  }

  /** Every change ends here once: the next revision, published with the whole position. */
  private positionChanged(now: Date): void {
    this.props = { ...this.props, revision: this.props.revision + 1 };
    this.raise(contractPositionChanged(this.props, now));
  }

  private raise(event: ContractEvent): void {
    this.events.push(event);
  }
}
