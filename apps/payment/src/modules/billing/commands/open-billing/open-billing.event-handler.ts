import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { RequestReleaseHandler } from '../../../disbursement/commands/request-release/request-release.handler';
import { OpenBillingHandler } from './open-billing.handler';

/**
 * ContractActivated → the contract's installments, PENDING; a refinancing also pays off the
 * contract it replaces; the money the customer receives is released (disbursement), in the same transaction.
 */
@Injectable()
export class OpenBillingEventHandler {
  private readonly logger = new Logger('OpenBilling');

  constructor(
    private readonly handler: OpenBillingHandler,
    private readonly release: RequestReleaseHandler,
  ) {}

  @HandlesEvent('ContractActivated')
  async onContractActivated(event: EventEnvelope<'ContractActivated'>, ctx: EventContext): Promise<void> {
    const { outcome, payoff } = await this.handler.execute(event, ctx.manager);
    const release = await this.release.execute(ctx.manager, event);
    const { contractId, refinancing, schedule } = event.payload;
    this.logger.log(`ContractActivated: ${outcome}`, { contractId, installments: schedule.length, release });
    if (payoff === 'CREDITED') this.logger.warn('refinancing payoff credited whole: the replaced contract had already ended', { contractId: refinancing?.contractId, replacedBy: contractId, amount: refinancing?.payoff });
    else if (payoff) this.logger.log(`refinancing payoff: ${payoff}`, { contractId: refinancing?.contractId, replacedBy: contractId });
  }
}
