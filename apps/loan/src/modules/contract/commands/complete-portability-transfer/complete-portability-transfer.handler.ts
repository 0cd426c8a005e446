import { Inject, Injectable } from '@nestjs/common';
import type { PayloadOf } from '@consignado/contracts';
import type { EventContext } from '@consignado/eventing';
import { CLOCK, type Clock } from '../../domain/clock';
import { ContractNotBookedYetError } from '../../domain/contract.errors';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { emitContractEvents } from '../emit-contract-events';

/**
 * The origin's balance was transferred and its settlement confirmed (R-LN-7, R-LN-11): an INSS
 * portability asks for the averbação (operation PORTABILITY), the others come into force. Arriving
 * before the contract is booked is retried.
 */
@Injectable()
export class CompletePortabilityTransferHandler {
  constructor(
    @Inject(CONTRACT_REPOSITORY) private readonly contracts: ContractRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(transfer: PayloadOf<'PortabilityTransferCompleted'>, ctx: EventContext): Promise<'AVERBATION_REQUESTED' | 'ACTIVATED' | 'UNCHANGED'> {
    const contract = await this.contracts.findForUpdate(ctx.manager, transfer.contractId);
    if (!contract) throw new ContractNotBookedYetError(transfer.contractId);
    const outcome = contract.completePortabilityTransfer(transfer, this.clock.now());
    if (outcome !== 'UNCHANGED') await this.contracts.update(ctx.manager, contract);
    await emitContractEvents(ctx, contract);
    return outcome;
  }
}
