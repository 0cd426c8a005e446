import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PayloadOf } from '@consignado/contracts';
import { Money } from '@consignado/finance';
import { Disbursement, type RegretOutcome } from '../../domain/disbursement';
import { DISBURSEMENT_REPOSITORY, type DisbursementRepository } from '../../database/disbursement.repository';
import { DisbursementWriter } from '../shared/disbursement-writer';

export type CancelReleaseOutcome = RegretOutcome | 'CANCELLED_BEFORE_ACTIVATION';

/**
 * ContractCancelled: a cancelled contract's money not yet asked for is never released
 * (AWAITING_ACCOUNT → CANCELLED; seen before the activation, a CANCELLED disbursement is kept so the
 * late activation releases nothing). With RIGHT_OF_REGRET (R-PR-8) money already out must come
 * back: a regret return DUE of amountToReturn, at most what was released; money in flight, once
 * released. Runs in the cancellation's transaction (billing's consumer), under the customer's lock.
 */
@Injectable()
export class RegretReleaseHandler {
  constructor(
    @Inject(DISBURSEMENT_REPOSITORY) private readonly disbursements: DisbursementRepository,
    private readonly writer: DisbursementWriter,
  ) {}

  async execute(manager: EntityManager, cancellation: PayloadOf<'ContractCancelled'>): Promise<CancelReleaseOutcome> {
    const { contractId, customerId, reason, amountToReturn } = cancellation;
    const at = new Date(cancellation.cancelledAt);
    await this.disbursements.lockCustomer(manager, customerId);
    const found = await this.disbursements.find(manager, contractId);
    const disbursement = found ?? Disbursement.cancelledBeforeActivation(contractId, customerId, at);
    const regret = reason === 'RIGHT_OF_REGRET';
    const outcome: RegretOutcome = regret ? disbursement.regretted(at, amountToReturn === undefined ? undefined : Money.of(amountToReturn)) : disbursement.cancel() ? 'CANCELLED' : 'UNCHANGED';
    if (found && outcome === 'UNCHANGED') return outcome;
    await this.disbursements.save(manager, disbursement);
    if (outcome === 'RETURN_DUE') await this.writer.openReturnIfDue(manager, disbursement);
    return found ? outcome : 'CANCELLED_BEFORE_ACTIVATION';
  }
}
