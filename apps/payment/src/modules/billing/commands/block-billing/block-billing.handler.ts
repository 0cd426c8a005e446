import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BlockChange, BlockOutcome } from '../../domain/contract-block';
import { BillingNotOpenedError } from '../../domain/payoff.errors';
import { BILLING_REPOSITORY, type BillingRepository } from '../../database/billing.repository';

export interface BlockBilling extends BlockChange {
  contractId: string;
}

/**
 * Keeps the contract's block as loan reports it (seed 003 §4.9, R-LN-8), under the billing's row
 * lock: a payment in flight either committed before it or sees it. The Billing orders blocks and
 * unblocks by revision; a stale one writes nothing.
 */
@Injectable()
export class BlockBillingHandler {
  constructor(@Inject(BILLING_REPOSITORY) private readonly billings: BillingRepository) {}

  async execute(command: BlockBilling, manager: EntityManager): Promise<BlockOutcome> {
    const billing = await this.billings.findForUpdate(manager, command.contractId);
    // Loan blocks only an ACTIVE contract, so its ContractActivated was published first and is still
    // on its way on its own topic. As for ContractAmended and the payoffs (state of a live billing),
    // that is BILLING.NOT_OPENED_YET: retried with backoff (EVENT_MAX_ATTEMPTS), then dead-lettered
    // for replay. It is not recorded ahead as a cancellation is: a closed billing needs no plan, a
    // blocked one is ACTIVE and cannot be billed without the activation's plan.
    if (!billing) throw new BillingNotOpenedError(command.contractId);
    const outcome = billing.changeBlock(command);
    if (outcome !== 'STALE') await this.billings.saveChanges(manager, [{ billing, installments: [] }]);
    return outcome;
  }
}
