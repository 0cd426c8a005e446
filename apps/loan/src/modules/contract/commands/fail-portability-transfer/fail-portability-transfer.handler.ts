import { Inject, Injectable } from '@nestjs/common';
import type { PayloadOf } from '@consignado/contracts';
import type { EventContext } from '@consignado/eventing';
import { CLOCK, type Clock } from '../../domain/clock';
import { ContractNotBookedYetError } from '../../domain/contract.errors';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { emitContractEvents } from '../emit-contract-events';

/** The portability in will not complete (R-LN-11): CANCELLED, ContractCancelled (PORTABILITY_FAILED). Before booking: retried. */
@Injectable()
export class FailPortabilityTransferHandler {
  constructor(
    @Inject(CONTRACT_REPOSITORY) private readonly contracts: ContractRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(failure: PayloadOf<'PortabilityTransferFailed'>, ctx: EventContext): Promise<'CANCELLED' | 'UNCHANGED'> {
    const contract = await this.contracts.findForUpdate(ctx.manager, failure.contractId);
    if (!contract) throw new ContractNotBookedYetError(failure.contractId);
    const outcome = contract.failPortabilityTransfer(failure, this.clock.now());
    if (outcome !== 'UNCHANGED') await this.contracts.update(ctx.manager, contract);
    await emitContractEvents(ctx, contract);
    return outcome;
  }
}
