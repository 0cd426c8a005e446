import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';
import { BUSINESS_CLOCK, type BusinessClock } from '../../../business-clock/domain/business-clock';
import { Disbursement } from '../../domain/disbursement';
import { releaseAmountOf } from '../../domain/release-amount';
import { DISBURSEMENT_REPOSITORY, type DisbursementRepository } from '../../database/disbursement.repository';
import { PAYOUT_ACCOUNT_REPOSITORY, type PayoutAccountRepository } from '../../database/payout-account.repository';
import { DisbursementWriter } from '../shared/disbursement-writer';

export type RequestReleaseOutcome = 'REQUESTED' | 'AWAITING_ACCOUNT' | 'NOTHING_TO_RELEASE' | 'UNCHANGED';

/**
 * ContractActivated (R-LN-10): the money the customer receives becomes a LOAN_RELEASE
 * disbursement, once per contract — asked of the rail at once on the account registered
 * (FundsReleaseRequested in the outbox, a fresh disbursementId), or AWAITING_ACCOUNT. Runs in the
 * activation's transaction (billing's consumer), under the customer's disbursement lock.
 */
@Injectable()
export class RequestReleaseHandler {
  constructor(
    @Inject(DISBURSEMENT_REPOSITORY) private readonly disbursements: DisbursementRepository,
    @Inject(PAYOUT_ACCOUNT_REPOSITORY) private readonly accounts: PayoutAccountRepository,
    @Inject(BUSINESS_CLOCK) private readonly clock: BusinessClock,
    private readonly writer: DisbursementWriter,
  ) {}

  async execute(manager: EntityManager, event: EventEnvelope<'ContractActivated'>): Promise<RequestReleaseOutcome> {
    const { contractId, customerId } = event.payload;
    const amount = releaseAmountOf(event.payload);
    if (!amount) return 'NOTHING_TO_RELEASE';
    await this.disbursements.lockCustomer(manager, customerId);
    // Already opened, or cancelled before this activation arrived: nothing more.
    if (await this.disbursements.find(manager, contractId)) return 'UNCHANGED';
    const now = this.clock.now();
    const disbursement = Disbursement.open(contractId, customerId, amount, now);
    const account = await this.accounts.find(manager, customerId);
    const requested = account !== undefined && disbursement.requestOn(account, randomUUID(), now);
    await this.writer.save(manager, disbursement, event);
    return requested ? 'REQUESTED' : 'AWAITING_ACCOUNT';
  }
}
