import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { IsoDate, Money } from '@consignado/finance';
import { PayOffHandler } from '../../../billing/commands/pay-off/pay-off.handler';

/**
 * PortabilityOutFundsReceived (R-LN-7) → the destination's transfer is the payment that settles
 * the contract: source PORTABILITY, purpose EARLY_SETTLEMENT, on the balance date, settlement
 * {PORTED_OUT, NU}; beyond the settlement amount is the customer's credit, below it is
 * BILLING.PAYOFF_SHORT (dead-lettered: the funds must go back). A contract already ended takes it
 * all as credit. The same NU again is recorded once.
 */
@Injectable()
export class ReceivePortabilityFundsEventHandler {
  private readonly logger = new Logger('ReceivePortabilityFunds');

  constructor(private readonly payOff: PayOffHandler) {}

  @HandlesEvent('PortabilityOutFundsReceived')
  async onFundsReceived(event: EventEnvelope<'PortabilityOutFundsReceived'>, ctx: EventContext): Promise<void> {
    const { contractId, portabilityNumber, amount, balanceDate } = event.payload;
    const settlement = { reason: 'PORTED_OUT' as const, portabilityNumber };
    const result = await this.payOff.execute(ctx.manager, { contractId, source: 'PORTABILITY', amount: Money.of(amount), date: IsoDate.of(balanceDate), settlement }, event);
    if (result.outcome === 'CREDITED') this.logger.warn('portability funds credited whole: the contract had already ended', { contractId, portabilityNumber, amount });
    else this.logger.log(`PortabilityOutFundsReceived: ${result.outcome}`, { contractId, portabilityNumber });
  }
}
