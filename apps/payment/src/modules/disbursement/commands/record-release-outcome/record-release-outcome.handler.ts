import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';
import { BUSINESS_CLOCK, type BusinessClock } from '../../../business-clock/domain/business-clock';
import type { Disbursement } from '../../domain/disbursement';
import { DISBURSEMENT_REPOSITORY, type DisbursementRepository } from '../../database/disbursement.repository';
import { PAYOUT_ACCOUNT_REPOSITORY, type PayoutAccountRepository } from '../../database/payout-account.repository';
import { DisbursementWriter } from '../shared/disbursement-writer';
import { failureReportOf, releaseReportOf } from './rail-reports';

export type ReleaseOutcome = 'RELEASED' | 'FAILED' | 'REQUESTED_AGAIN' | 'UNCHANGED' | 'UNKNOWN';

/**
 * The rail's word on an attempt (FundsReleased / FundsReleaseFailed), under the customer's lock:
 * RELEASED once (a regretted contract's return then comes due); FAILED once, the disbursement
 * AWAITING_ACCOUNT again — or requested at once under a new id when an account newer than the
 * failed one was registered meanwhile. An unknown id or a repeat changes nothing; a report that
 * contradicts the request is a permanent error (dead-lettered).
 */
@Injectable()
export class RecordReleaseOutcomeHandler {
  constructor(
    @Inject(DISBURSEMENT_REPOSITORY) private readonly disbursements: DisbursementRepository,
    @Inject(PAYOUT_ACCOUNT_REPOSITORY) private readonly accounts: PayoutAccountRepository,
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
    const account = await this.accounts.find(manager, disbursement.snapshot.customerId);
    const newer = account !== undefined && failedAccount !== undefined && account.changedAt > failedAccount;
    const again = newer && disbursement.requestOn(account, randomUUID(), this.clock.now());
    await this.writer.save(manager, disbursement, event);
    return again ? 'REQUESTED_AGAIN' : 'FAILED';
  }

  private async reported(manager: EntityManager, report: { customerId: string; disbursementId: string }): Promise<Disbursement | undefined> {
    await this.disbursements.lockCustomer(manager, report.customerId);
    return this.disbursements.findByAttempt(manager, report.disbursementId);
  }
}
