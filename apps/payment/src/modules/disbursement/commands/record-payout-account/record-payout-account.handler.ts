import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';
import { BUSINESS_CLOCK, type BusinessClock } from '../../../business-clock/domain/business-clock';
import { payoutAccountOf } from '../../domain/payout-account';
import { DISBURSEMENT_REPOSITORY, type DisbursementRepository } from '../../database/disbursement.repository';
import { PAYOUT_ACCOUNT_REPOSITORY, type PayoutAccountRepository } from '../../database/payout-account.repository';
import { DisbursementWriter } from '../shared/disbursement-writer';

export interface RecordPayoutAccountOutcome {
  outcome: 'KEPT' | 'UNCHANGED';
  /** Disbursements that were awaiting an account and are now requested on this one. */
  requested: number;
}

/**
 * CustomerPayoutAccountChanged (R-LN-10): the account is kept sealed when it is newer than the one
 * kept (a redelivery or an older change: nothing); every AWAITING_ACCOUNT disbursement of the
 * customer is then requested on it, each attempt under a fresh disbursementId. Under the
 * customer's disbursement lock, so an activation committing meanwhile is seen or sees this account.
 */
@Injectable()
export class RecordPayoutAccountHandler {
  constructor(
    @Inject(DISBURSEMENT_REPOSITORY) private readonly disbursements: DisbursementRepository,
    @Inject(PAYOUT_ACCOUNT_REPOSITORY) private readonly accounts: PayoutAccountRepository,
    @Inject(BUSINESS_CLOCK) private readonly clock: BusinessClock,
    private readonly writer: DisbursementWriter,
  ) {}

  async execute(manager: EntityManager, event: EventEnvelope<'CustomerPayoutAccountChanged'>): Promise<RecordPayoutAccountOutcome> {
    const payout = payoutAccountOf(event.payload);
    await this.disbursements.lockCustomer(manager, payout.customerId);
    if (!(await this.accounts.keepIfNewer(manager, payout))) return { outcome: 'UNCHANGED', requested: 0 };
    const awaiting = await this.disbursements.awaitingAccount(manager, payout.customerId);
    for (const disbursement of awaiting) {
      disbursement.requestOn(payout, randomUUID(), this.clock.now());
      await this.writer.save(manager, disbursement, event);
    }
    return { outcome: 'KEPT', requested: awaiting.length };
  }
}
