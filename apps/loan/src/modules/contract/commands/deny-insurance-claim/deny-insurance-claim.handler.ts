import { Inject, Injectable } from '@nestjs/common';
import type { PayloadOf } from '@consignado/contracts';
import type { EventContext } from '@consignado/eventing';
import { ContractNotFoundError } from '../../domain/contract.errors';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';

/**
 * The insurer refused a death claim (R-LN-8): the refusal is recorded on the contract's policy,
 * under the contract's lock; the contract stays blocked for the estate or staff.
 */
@Injectable()
export class DenyInsuranceClaimHandler {
  constructor(@Inject(CONTRACT_REPOSITORY) private readonly contracts: ContractRepository) {}

  async execute(denied: PayloadOf<'InsuranceClaimDenied'>, ctx: EventContext): Promise<'DENIED' | 'UNCHANGED'> {
    const contract = await this.contracts.findForUpdate(ctx.manager, denied.contractId);
    if (!contract) throw new ContractNotFoundError({ contractId: denied.contractId });
    const { claimId, reason, message, deniedAt } = denied;
    const outcome = contract.denyInsuranceClaim(claimId, { reason, message, at: new Date(deniedAt) });
    if (outcome === 'DENIED') await this.contracts.update(ctx.manager, contract);
    return outcome;
  }
}
