import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Money } from '@consignado/finance';
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
  /** SETTLED: the unexpired credit-life premium owed back to the customer (ContractSettled). */
  insurancePremiumRefund?: Money;
}

export interface CloseBillingOutcome {
  outcome: 'CLOSED' | 'UNCHANGED' | 'CLOSED_BEFORE_ACTIVATION';
  /** A refinancing hold of the cancelled contract's proposal was released. */
  holdReleased: boolean;
  /** The premium refund: credited now, found credited already (a repeat), or none asked. */
  premiumRefund: 'CREDITED' | 'ALREADY_CREDITED' | 'NONE';
}

/**
 * Stops billing a contract that was cancelled or settled. When the activation has not reached
 * payment yet, the closed billing is recorded first so the late schedule is never billed. A
 * cancelled contract's proposal no longer holds the contract a refinancing would have replaced;
 * the release is recorded even when no hold was seen yet, so a late approval does not hold. A
 * settlement's premium refund is credited under the billing's row lock and kept on it, so the
 * same settlement seen again — usually on a billing payment had settled already — credits nothing.
 */
@Injectable()
export class CloseBillingHandler {
  constructor(
    @Inject(BILLING_REPOSITORY) private readonly billings: BillingRepository,
    @Inject(REFINANCING_HOLD_REPOSITORY) private readonly holds: RefinancingHoldRepository,
  ) {}

  async execute(command: CloseBilling, manager: EntityManager): Promise<CloseBillingOutcome> {
    const { outcome, premiumRefund } = await this.close(command, manager);
    const holdReleased = command.proposalId !== undefined && (await this.holds.release(manager, command.proposalId, 'CANCELLED', command.at));
    return { outcome, holdReleased, premiumRefund };
  }

  private async close(command: CloseBilling, manager: EntityManager): Promise<Omit<CloseBillingOutcome, 'holdReleased'>> {
    const closing = { status: command.status, at: command.at };
    const found = await this.billings.findForUpdate(manager, command.contractId);
    const billing = found ?? Billing.closedBeforeActivation(command.contractId, command.customerId, closing);
    const outcome = found ? found.close(closing) : 'CLOSED_BEFORE_ACTIVATION';
    const premiumRefund = command.insurancePremiumRefund ? billing.refundInsurancePremium(command.insurancePremiumRefund) : 'NONE';
    if (outcome !== 'UNCHANGED' || premiumRefund === 'CREDITED') await this.billings.save(manager, billing);
    return { outcome, premiumRefund };
  }
}
