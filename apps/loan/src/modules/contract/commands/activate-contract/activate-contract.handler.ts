import { Inject, Injectable } from '@nestjs/common';
import type { PayloadOf } from '@consignado/contracts';
import type { EventContext } from '@consignado/eventing';
import { CLOCK, type Clock } from '../../domain/clock';
import { ContractNotBookedYetError } from '../../domain/contract.errors';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { emitContractEvents } from '../emit-contract-events';

/**
 * Dataprev registered the deduction: the contract comes into force (R-LN-1). Arriving before the
 * contract is booked is retried (never dropped).
 */
@Injectable()
export class ActivateContractHandler {
  constructor(
    @Inject(CONTRACT_REPOSITORY) private readonly contracts: ContractRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(completed: PayloadOf<'AverbationCompleted'>, ctx: EventContext): Promise<'ACTIVATED' | 'UNCHANGED'> {
    const contract = await this.contracts.findForUpdate(ctx.manager, completed.contractId);
    if (!contract) throw new ContractNotBookedYetError(completed.contractId);
    const outcome = contract.completeAverbation(completed, this.clock.now());
    await this.contracts.update(ctx.manager, contract);
    await emitContractEvents(ctx, contract);
    return outcome;
  }
}
