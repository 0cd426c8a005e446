import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { IsoDate, Money } from '@consignado/finance';
import { PayOffHandler } from '../../../billing/commands/pay-off/pay-off.handler';

/**
 * InsuranceClaimPaid (R-LN-8) → the credit-life insurer's payment is the money that settles the
 * contract of the deceased: source INSURANCE, purpose EARLY_SETTLEMENT, valued on the coverage
 * date, settlement {INSURANCE_CLAIM, claimId} — on the contract the DEATH block suspended, which
 * refuses only money asked for. Beyond the settlement amount is credit for the estate, below it is
 * BILLING.PAYOFF_SHORT (dead-lettered: an operator settles with the insurer). A contract already
 * ended takes it all as credit. The same claim again is recorded once.
 */
@Injectable()
export class ReceiveInsuranceClaimEventHandler {
  private readonly logger = new Logger('ReceiveInsuranceClaim');

  constructor(private readonly payOff: PayOffHandler) {}

  @HandlesEvent('InsuranceClaimPaid')
  async onClaimPaid(event: EventEnvelope<'InsuranceClaimPaid'>, ctx: EventContext): Promise<void> {
    const { contractId, claimId, amount, coverageDate } = event.payload;
    const settlement = { reason: 'INSURANCE_CLAIM' as const, claimId };
    const result = await this.payOff.execute(ctx.manager, { contractId, source: 'INSURANCE', amount: Money.of(amount), date: IsoDate.of(coverageDate), settlement }, event);
    if (result.outcome === 'CREDITED') this.logger.warn('insurance claim credited whole: the contract had already ended', { contractId, claimId, amount });
    else this.logger.log(`InsuranceClaimPaid: ${result.outcome}`, { contractId, claimId });
  }
}
