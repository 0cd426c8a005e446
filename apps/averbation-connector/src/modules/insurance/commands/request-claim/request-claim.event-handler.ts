import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { InsuranceClaim } from '../../domain/insurance-claim';
import { RequestClaimHandler } from './request-claim.handler';

/**
 * InsuranceClaimRequested (R-LN-8): the claim loan asks for, checked (a malformed one is
 * dead-lettered by the consumer; a coverage not above zero at once, INSURANCE.INVALID_REQUEST),
 * then recorded as the job of its filing in the consumer's transaction.
 */
@Injectable()
export class RequestClaimEventHandler {
  constructor(private readonly handler: RequestClaimHandler) {}

  @HandlesEvent('InsuranceClaimRequested')
  async handle(event: EventEnvelope<'InsuranceClaimRequested'>, ctx: EventContext): Promise<void> {
    const claim = InsuranceClaim.requested(event, new Date());
    if (!claim.ok) throw claim.error;
    await this.handler.execute(ctx.manager, claim.value);
  }
}
