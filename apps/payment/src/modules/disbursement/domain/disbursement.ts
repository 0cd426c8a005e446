import type { PayloadOf } from '@consignado/contracts';
import type { Money } from '@consignado/finance';
import type { DisbursementAttempt } from './disbursement-attempt';
import { applyRegret, type RegretOutcome, regretReturnDue } from './disbursement-regret';
import { type FailureReport, type ReleaseReport, reportedAttempt } from './rail-report';
import type { CustomerPayoutAccount } from './payout-account';

/**
 * LOAN_RELEASE: AWAITING_ACCOUNT ⇄ REQUESTED (asked; back when the transfer fails) → RELEASED;
 * AWAITING_ACCOUNT → CANCELLED (a cancelled contract's money is never asked for), and REQUESTED →
 * CANCELLED when a regretted contract's transfer fails. CREDIT_REFUND: REQUESTED → RELEASED |
 * FAILED (the money back in the credit; the customer may ask again: a new refund).
 */
export type DisbursementStatus = 'AWAITING_ACCOUNT' | 'REQUESTED' | 'RELEASED' | 'CANCELLED' | 'FAILED';
export type DisbursementPurpose = 'LOAN_RELEASE' | 'CREDIT_REFUND';

export interface DisbursementProps {
  /** A loan release's is its contract's id (one per contract); a credit refund's its own (one per request). */
  id: string;
  contractId: string;
  customerId: string;
  purpose: DisbursementPurpose;
  /** Absent only when the contract was cancelled before its activation reached payment: nothing to release. */
  amount?: Money;
  status: DisbursementStatus;
  createdAt: Date;
  /** The right of regret exercised (ContractCancelled RIGHT_OF_REGRET), with loan's amount to return. */
  regret?: { at: Date; amountToReturn?: Money };
  attempts: DisbursementAttempt[];
}

export type { RegretOutcome };
export type DisbursementEvent = { readonly type: 'FundsReleaseRequested'; readonly payload: PayloadOf<'FundsReleaseRequested'> };

/**
 * The money an activated contract releases to its customer (R-LN-10), and every transfer tried
 * for it. The caller holds the customer's disbursement lock. A new attempt is only ever made from
 * AWAITING_ACCOUNT, so at most one attempt is live (REQUESTED or RELEASED); the database backs it.
 */
export class Disbursement {
  private events: DisbursementEvent[] = [];

  constructor(private readonly props: DisbursementProps) {}

  static open(contractId: string, customerId: string, amount: Money, at: Date): Disbursement {
    return new Disbursement({ id: contractId, contractId, customerId, purpose: 'LOAN_RELEASE', amount, status: 'AWAITING_ACCOUNT', createdAt: at, attempts: [] });
  }

  /** A refund of the customer's credit (CREDIT_REFUND), one per request: asked at once on the account (`requestOn`). */
  static refund(id: string, contractId: string, customerId: string, amount: Money, at: Date): Disbursement {
    return new Disbursement({ id, contractId, customerId, purpose: 'CREDIT_REFUND', amount, status: 'AWAITING_ACCOUNT', createdAt: at, attempts: [] });
  }

  /** A cancellation seen before the activation: kept so the late activation releases nothing. */
  static cancelledBeforeActivation(contractId: string, customerId: string, at: Date): Disbursement {
    return new Disbursement({ id: contractId, contractId, customerId, purpose: 'LOAN_RELEASE', status: 'CANCELLED', createdAt: at, attempts: [] });
  }

  get snapshot(): Readonly<DisbursementProps> {
    return this.props;
  }

  pullEvents(): DisbursementEvent[] {
    const pulled = this.events;
    this.events = [];
    return pulled;
  }

  /** AWAITING_ACCOUNT → REQUESTED on the account: a new attempt under a fresh id, FundsReleaseRequested raised. */
  requestOn(payout: CustomerPayoutAccount, disbursementId: string, at: Date): boolean {
    const { status, amount, contractId, customerId, purpose } = this.props;
    if (status !== 'AWAITING_ACCOUNT' || !amount) return false;
    const { account, holderCpf, changedAt } = payout;
    this.props.attempts.push({ disbursementId, amount, accountKind: account.kind, account, holderCpf, accountChangedAt: changedAt, status: 'REQUESTED', requestedAt: at });
    this.props.status = 'REQUESTED';
    const payload = { disbursementId, contractId, customerId, purpose, amount: amount.toString(), account, holderCpf, requestedAt: at.toISOString() };
    this.events.push({ type: 'FundsReleaseRequested', payload });
    return true;
  }

  /** FundsReleased: the attempt and the disbursement RELEASED, once; a repeat changes nothing. */
  released(report: ReleaseReport): 'RELEASED' | 'UNCHANGED' {
    const attempt = reportedAttempt(this.props, report, 'RELEASED');
    if (attempt.status === 'RELEASED') return 'UNCHANGED';
    Object.assign(attempt, { status: 'RELEASED', endToEndId: report.endToEndId, releasedAt: report.releasedAt });
    this.props.status = 'RELEASED';
    return 'RELEASED';
  }

  /**
   * FundsReleaseFailed: the attempt FAILED, once; a loan release waits for a new account (regretted:
   * CANCELLED, nothing went out); a credit refund is FAILED for good and its amount goes back to the credit.
   */
  failed(report: FailureReport): 'FAILED' | 'UNCHANGED' {
    const attempt = reportedAttempt(this.props, report, 'FAILED');
    if (attempt.status === 'FAILED') return 'UNCHANGED';
    Object.assign(attempt, { status: 'FAILED', failure: report.failure });
    this.props.status = this.isRefund ? 'FAILED' : this.props.regret ? 'CANCELLED' : 'AWAITING_ACCOUNT';
    return 'FAILED';
  }

  get isRefund(): boolean {
    return this.props.purpose === 'CREDIT_REFUND';
  }

  /** The right of regret (R-PR-8): see `applyRegret`. */
  regretted(at: Date, amountToReturn?: Money): RegretOutcome {
    return applyRegret(this.props, at, amountToReturn);
  }

  /** Any other cancellation: a release not yet asked for is cancelled; one in flight or done is left as it is. */
  cancel(): boolean {
    if (this.props.status !== 'AWAITING_ACCOUNT') return false;
    this.props.status = 'CANCELLED';
    return true;
  }

  get regretReturnDue(): Money | undefined {
    return regretReturnDue(this.props);
  }

  /** When the account of the last attempt was registered: a newer one lets a failed release be asked again at once. */
  get lastAccountChangedAt(): Date | undefined {
    return this.props.attempts.at(-1)?.accountChangedAt;
  }
}
