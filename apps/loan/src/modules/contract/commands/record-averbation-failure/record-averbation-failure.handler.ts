import { Inject, Injectable } from '@nestjs/common';
import type { PayloadOf } from '@consignado/contracts';
import type { EventContext } from '@consignado/eventing';
import { CLOCK, type Clock } from '../../domain/clock';
import { ContractNotBookedYetError } from '../../domain/contract.errors';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { emitContractEvents } from '../emit-contract-events';

/**
 * Dataprev could not register the deduction: a retryable report is recorded as an attempt, a
 * final one ends the contract in AVERBATION_FAILED (the proposal follows the same event).
 */
@Injectable()
export class RecordAverbationFailureHandler {
  constructor(
    @Inject(CONTRACT_REPOSITORY) private readonly contracts: ContractRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(failed: PayloadOf<'AverbationFailed'>, ctx: EventContext): Promise<'RECORDED' | 'FAILED' | 'UNCHANGED'> {
    const contract = await this.contracts.findForUpdate(ctx.manager, failed.contractId);
    if (!contract) throw new ContractNotBookedYetError(failed.contractId);
    const { code, message, retryable, attempts, lastAttemptAt } = failed;
    const outcome = contract.failAverbation({ code, message, retryable, attempts, at: lastAttemptAt }, this.clock.now());
    if (outcome !== 'UNCHANGED') await this.contracts.update(ctx.manager, contract);
    await emitContractEvents(ctx, contract);
    return outcome;
  }
}
