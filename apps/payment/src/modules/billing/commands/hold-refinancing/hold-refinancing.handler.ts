import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PayloadOf } from '@consignado/contracts';
import { BUSINESS_CLOCK, type BusinessClock } from '../../../business-clock/domain/business-clock';
import { BILLING_REPOSITORY, type BillingRepository } from '../../database/billing.repository';
import { REFINANCING_HOLD_REPOSITORY, type RefinancingHoldRepository } from '../../database/refinancing-hold.repository';

/**
 * A REFINANCING approval (R-LN-6) holds the contract it replaces: until the new contract activates
 * (and pays it off) or is cancelled, the customer's early settlement and extraordinary amortization
 * of it are refused (PAYMENT.REFINANCING_IN_PROGRESS); installments are still accepted. The hold is
 * taken under the billing's lock, so a balance operation either sees it or committed before it. An
 * old billing unknown here is held anyway: its activation may come later.
 */
@Injectable()
export class HoldRefinancingHandler {
  constructor(
    @Inject(BILLING_REPOSITORY) private readonly billings: BillingRepository,
    @Inject(REFINANCING_HOLD_REPOSITORY) private readonly holds: RefinancingHoldRepository,
    @Inject(BUSINESS_CLOCK) private readonly clock: BusinessClock,
  ) {}

  async execute(approval: PayloadOf<'CreditApproved'>, manager: EntityManager): Promise<'HELD' | 'UNCHANGED' | 'NOT_REFINANCING'> {
    const refinancing = approval.operationType === 'REFINANCING' ? approval.refinancing : undefined;
    if (!refinancing) return 'NOT_REFINANCING';
    await this.billings.lock(manager, refinancing.contractId);
    return (await this.holds.hold(manager, approval.proposalId, refinancing.contractId, this.clock.now())) ? 'HELD' : 'UNCHANGED';
  }
}
