import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';
import { IsoDate, Money } from '@consignado/finance';
import { BUSINESS_CLOCK, type BusinessClock } from '../../../business-clock/domain/business-clock';
import { Billing } from '../../domain/billing';
import { BILLING_REPOSITORY, type BillingRepository } from '../../database/billing.repository';
import { REFINANCING_HOLD_REPOSITORY, type RefinancingHoldRepository } from '../../database/refinancing-hold.repository';
import { PayOffHandler, type PayOffOutcome } from '../pay-off/pay-off.handler';

export interface OpenBillingOutcome {
  outcome: 'OPENED' | 'UNCHANGED' | 'ATTACHED_CLOSED';
  /** A refinancing: what its proceeds did to the replaced contract. */
  payoff?: PayOffOutcome['outcome'];
}

/**
 * Takes the activated contract's plan to bill (R-PA-1), once per contract. A refinancing (R-LN-6)
 * also pays the replaced contract off with its proceeds — refinancing.payoff on its payoffDate —
 * in the same transaction, under both billings' locks (taken in contract-id order), and ends the
 * proposal's hold on it. A repeated activation changes nothing and pays nothing.
 */
@Injectable()
export class OpenBillingHandler {
  constructor(
    @Inject(BILLING_REPOSITORY) private readonly billings: BillingRepository,
    @Inject(REFINANCING_HOLD_REPOSITORY) private readonly holds: RefinancingHoldRepository,
    @Inject(BUSINESS_CLOCK) private readonly clock: BusinessClock,
    private readonly payOff: PayOffHandler,
  ) {}

  async execute(event: EventEnvelope<'ContractActivated'>, manager: EntityManager): Promise<OpenBillingOutcome> {
    const activation = event.payload;
    const refinancing = activation.refinancing;
    const locked = await this.billings.findManyForUpdate(manager, refinancing ? [activation.contractId, refinancing.contractId] : [activation.contractId]);
    const existing = locked.get(activation.contractId);
    const billing = existing ?? Billing.open(activation);
    const outcome = existing ? existing.attachSchedule(activation) : 'OPENED';
    if (outcome !== 'UNCHANGED') await this.billings.save(manager, billing);
    if (outcome === 'UNCHANGED' || !refinancing) return { outcome };
    const settlement = { reason: 'REFINANCED' as const, replacedByContractId: activation.contractId };
    const command = { contractId: refinancing.contractId, customerId: activation.customerId, source: 'REFINANCING' as const, amount: Money.of(refinancing.payoff), date: IsoDate.of(refinancing.payoffDate), settlement };
    const payoff = await this.payOff.execute(manager, command, event, locked.get(refinancing.contractId));
    await this.holds.release(manager, activation.proposalId, 'ACTIVATED', this.clock.now());
    return { outcome, payoff: payoff.outcome };
  }
}
