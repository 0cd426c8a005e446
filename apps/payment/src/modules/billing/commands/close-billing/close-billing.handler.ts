import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Billing } from '../../domain/billing';
import type { BillingStatus } from '../../domain/billing-status';
import { BILLING_REPOSITORY, type BillingRepository } from '../../database/billing.repository';

export interface CloseBilling {
  contractId: string;
  customerId: string;
  status: Exclude<BillingStatus, 'ACTIVE'>;
  at: Date;
}

/**
 * Stops billing a contract that was cancelled or settled. When the activation has not reached
 * payment yet, the closed billing is recorded first so the late schedule is never billed.
 */
@Injectable()
export class CloseBillingHandler {
  constructor(@Inject(BILLING_REPOSITORY) private readonly billings: BillingRepository) {}

  async execute(command: CloseBilling, manager: EntityManager): Promise<'CLOSED' | 'UNCHANGED' | 'CLOSED_BEFORE_ACTIVATION'> {
    const closing = { status: command.status, at: command.at };
    const billing = await this.billings.findForUpdate(manager, command.contractId);
    if (!billing) {
      await this.billings.save(manager, Billing.closedBeforeActivation(command.contractId, command.customerId, closing));
      return 'CLOSED_BEFORE_ACTIVATION';
    }
    const outcome = billing.close(closing);
    if (outcome === 'CLOSED') await this.billings.save(manager, billing);
    return outcome;
  }
}
