import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { Money } from '@consignado/finance';
import { RegretReleaseHandler } from '../../../disbursement/commands/regret-release/regret-release.handler';
import { CloseBillingHandler } from './close-billing.handler';

/**
 * ContractCancelled → stop billing (CANCELLED), end its proposal's refinancing hold, and the
 * release of its funds cancelled or, on regret after the release, the money to return due;
 * ContractSettled → SETTLED (already SETTLED: nothing), its insurancePremiumRefund credited once.
 */
@Injectable()
export class CloseBillingEventHandler {
  private readonly logger = new Logger('CloseBilling');

  constructor(
    private readonly handler: CloseBillingHandler,
    private readonly release: RegretReleaseHandler,
  ) {}

  @HandlesEvent('ContractCancelled')
  async onContractCancelled(event: EventEnvelope<'ContractCancelled'>, ctx: EventContext): Promise<void> {
    const { contractId, customerId, proposalId, cancelledAt } = event.payload;
    const { outcome, holdReleased } = await this.handler.execute({ contractId, customerId, status: 'CANCELLED', at: new Date(cancelledAt), proposalId }, ctx.manager);
    const release = await this.release.execute(ctx.manager, event.payload);
    this.logger.log(`ContractCancelled: ${outcome}`, { contractId, reason: event.payload.reason, refinancingHoldReleased: holdReleased, release });
  }

  @HandlesEvent('ContractSettled')
  async onContractSettled(event: EventEnvelope<'ContractSettled'>, ctx: EventContext): Promise<void> {
    const { contractId, customerId, settledAt, insurancePremiumRefund: refund } = event.payload;
    const insurancePremiumRefund = refund === undefined ? undefined : Money.of(refund);
    const { outcome, premiumRefund } = await this.handler.execute({ contractId, customerId, status: 'SETTLED', at: new Date(settledAt), insurancePremiumRefund }, ctx.manager);
    this.logger.log(`ContractSettled: ${outcome}`, { contractId, reason: event.payload.reason, premiumRefund });
  }
}
