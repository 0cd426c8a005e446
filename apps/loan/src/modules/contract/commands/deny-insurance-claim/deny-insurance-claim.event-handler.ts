import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { DenyInsuranceClaimHandler } from './deny-insurance-claim.handler';

/** InsuranceClaimDenied → the refusal recorded on the policy (a claim it never filed is dead-lettered). */
@Injectable()
export class DenyInsuranceClaimEventHandler {
  private readonly logger = new Logger('DenyInsuranceClaim');

  constructor(private readonly handler: DenyInsuranceClaimHandler) {}

  @HandlesEvent('InsuranceClaimDenied')
  async onClaimDenied(event: EventEnvelope<'InsuranceClaimDenied'>, ctx: EventContext): Promise<void> {
    const outcome = await this.handler.execute(event.payload, ctx);
    this.logger.log(`InsuranceClaimDenied: ${outcome}`, { contractId: event.payload.contractId, claimId: event.payload.claimId, reason: event.payload.reason });
  }
}
