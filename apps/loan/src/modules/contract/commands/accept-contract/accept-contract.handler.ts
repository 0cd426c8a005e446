import { Inject, Injectable } from '@nestjs/common';
import type { EventContext } from '@consignado/eventing';
import { CLOCK, type Clock } from '../../domain/clock';
import type { AcceptanceRequest, Contract } from '../../domain/contract';
import type { RefinancingRefusedError } from '../../domain/life-cycle.errors';
import { refinancingRefusal } from '../../domain/refinancing';
import { ContractNotBookedYetError } from '../../domain/contract.errors';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { emitContractEvents } from '../emit-contract-events';

/**
 * The customer accepted the contract's CCB (R-LN-9): the acceptance is kept and the contract opens
 * — portability transfer, averbação or activation — under its row lock. Another document's hash
 * is permanent (CONTRACT.DOCUMENT_MISMATCH, dead-lettered); a repeat or a cancelled contract changes
 * nothing; arriving before the contract is booked is retried. A refinancing checks the contract it
 * replaces again, locked as at booking: settled or blocked while the CCB waited, it is refused.
 */
@Injectable()
export class AcceptContractHandler {
  constructor(
    @Inject(CONTRACT_REPOSITORY) private readonly contracts: ContractRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(contractId: string, request: AcceptanceRequest, ctx: EventContext): Promise<'ACCEPTED' | 'UNCHANGED' | 'CANCELLED' | 'REFINANCING_REFUSED'> {
    const contract = await this.contracts.findForUpdate(ctx.manager, contractId);
    if (!contract) throw new ContractNotBookedYetError(contractId);
    const outcome = contract.accept(request, this.clock.now(), await this.refinancingRefusal(contract, ctx));
    if (outcome === 'ACCEPTED' || outcome === 'REFINANCING_REFUSED') await this.contracts.update(ctx.manager, contract);
    await emitContractEvents(ctx, contract);
    return outcome;
  }

  private async refinancingRefusal(contract: Contract, ctx: EventContext): Promise<RefinancingRefusedError | undefined> {
    const c = contract.snapshot;
    if (c.operationType !== 'REFINANCING' || c.status !== 'AWAITING_ACCEPTANCE') return undefined;
    const oldId = c.refinancing?.contractId ?? c.refinancedContractId;
    const old = oldId ? await this.contracts.findForUpdate(ctx.manager, oldId) : undefined;
    return refinancingRefusal(c, old?.snapshot, undefined);
  }
}
