import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Billing } from '../../domain/billing';
import type { BillingStatus } from '../../domain/billing-status';
import { BILLING_REPOSITORY, type BillingRepository } from '../../database/billing.repository';
import { REFINANCING_HOLD_REPOSITORY, type RefinancingHoldRepository } from '../../database/refinancing-hold.repository';

export interface CloseBilling {
  contractId: string;
  customerId: string;
  status: Exclude<BillingStatus, 'ACTIVE'>;
  at: Date;
  /** CANCELLED: the contract's proposal, whose refinancing hold (if any) ends with it. */
  proposalId?: string;
}

export interface CloseBillingOutcome {
  outcome: 'CLOSED' | 'UNCHANGED' | 'CLOSED_BEFORE_ACTIVATION';
  /** A refinancing hold of the cancelled contract's proposal was released. */
  holdReleased: boolean;
}

/**
 * Stops billing a contract that was cancelled or settled. When the activation has not reached
 * payment yet, the closed billing is recorded first so the late schedule is never billed. A
 * cancelled contract's proposal no longer holds the contract a refinancing would have replaced;
 * the release is recorded even when no hold was seen yet, so a late approval does not hold.
 */
@Injectable()
export class CloseBillingHandler {
  constructor(
    @Inject(BILLING_REPOSITORY) private readonly billings: BillingRepository,
    @Inject(REFINANCING_HOLD_REPOSITORY) private readonly holds: RefinancingHoldRepository,
  ) {}

  async execute(command: CloseBilling, manager: EntityManager): Promise<CloseBillingOutcome> {
    const outcome = await this.close(command, manager);
    const holdReleased = command.proposalId !== undefined && (await this.holds.release(manager, command.proposalId, 'CANCELLED', command.at));
    return { outcome, holdReleased };
  }

  private async close(command: CloseBilling, manager: EntityManager): Promise<CloseBillingOutcome['outcome']> {
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
