import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';
import { BillingNotFoundError } from '../../../billing/domain/billing.errors';
import { BILLING_REPOSITORY, type BillingRepository } from '../../../billing/database/billing.repository';
import { BUSINESS_CLOCK, type BusinessClock } from '../../../business-clock/domain/business-clock';
import type { Disbursement } from '../../domain/disbursement';
import { DISBURSEMENT_REPOSITORY, type DisbursementRepository } from '../../database/disbursement.repository';
import { PAYOUT_ACCOUNT_REPOSITORY, type PayoutAccountRepository } from '../../database/payout-account.repository';
import { DisbursementWriter } from '../shared/disbursement-writer';
import { failureReportOf, releaseReportOf } from './rail-reports';

export type ReleaseOutcome = 'RELEASED' | 'FAILED' | 'REQUESTED_AGAIN' | 'CREDIT_RESTORED' | 'UNCHANGED' | 'UNKNOWN';

/**
 * The rail's word on an attempt (FundsReleased / FundsReleaseFailed), under the customer's lock:
 * RELEASED once (a regretted contract's return then comes due); FAILED once, the disbursement
 * AWAITING_ACCOUNT again — or requested at once under a new id when an account newer than the
 * failed one was registered meanwhile. An unknown id or a repeat changes nothing; a report that
 * contradicts the request is a permanent error (dead-lettered). A credit refund that failed puts
 * its amount back in the billing's credit — once, with the attempt's FAILED transition.
 */
@Injectable()
export class RecordReleaseOutcomeHandler {
  constructor(
    @Inject(DISBURSEMENT_REPOSITORY) private readonly disbursements: DisbursementRepository,
    @Inject(PAYOUT_ACCOUNT_REPOSITORY) private readonly accounts: PayoutAccountRepository,
    @Inject(BILLING_REPOSITORY) private readonly billings: BillingRepository,
    @Inject(BUSINESS_CLOCK) private readonly clock: BusinessClock,
    private readonly writer: DisbursementWriter,
  ) {}

  async released(manager: EntityManager, event: EventEnvelope<'FundsReleased'>): Promise<ReleaseOutcome> {
    const disbursement = await this.reported(manager, event.payload);
    if (!disbursement) return 'UNKNOWN';
    if (disbursement.released(releaseReportOf(event.payload)) === 'UNCHANGED') return 'UNCHANGED';
    await this.writer.save(manager, disbursement, event);
    await this.writer.openReturnIfDue(manager, disbursement);
    return 'RELEASED';
  }

  async failed(manager: EntityManager, event: EventEnvelope<'FundsReleaseFailed'>): Promise<ReleaseOutcome> {
    const disbursement = await this.reported(manager, event.payload);
    if (!disbursement) return 'UNKNOWN';
    const failedAccount = disbursement.lastAccountChangedAt;
    if (disbursement.failed(failureReportOf(event.payload)) === 'UNCHANGED') return 'UNCHANGED';
    if (disbursement.isRefund) return this.refundFailed(manager, disbursement, event);
    const account = await this.accounts.find(manager, disbursement.snapshot.customerId);
    const newer = account !== undefined && failedAccount !== undefined && account.changedAt > failedAccount;
    const again = newer && disbursement.requestOn(account, randomUUID(), this.clock.now());
    await this.writer.save(manager, disbursement, event);
    return again ? 'REQUESTED_AGAIN' : 'FAILED';
  }

  private async refundFailed(manager: EntityManager, refund: Disbursement, event: EventEnvelope<'FundsReleaseFailed'>): Promise<ReleaseOutcome> {
    const { contractId, amount } = refund.snapshot;
    const billing = await this.billings.findForUpdate(manager, contractId);
    if (!billing || !amount) throw new BillingNotFoundError(contractId);
    billing.restoreCredit(amount);
    await this.billings.saveChanges(manager, [{ billing, installments: [] }]);
    await this.writer.save(manager, refund, event);
    return 'CREDIT_RESTORED';
  }

  private async reported(manager: EntityManager, report: { customerId: string; contractId: string; disbursementId: string; purpose: string }): Promise<Disbursement | undefined> {
    // A refund debited the credit under the billing's row lock, then the customer's: the same order here.
    if (report.purpose === 'CREDIT_REFUND') await this.billings.lock(manager, report.contractId);
    await this.disbursements.lockCustomer(manager, report.customerId);
    return this.disbursements.findByAttempt(manager, report.disbursementId);
  }
}
