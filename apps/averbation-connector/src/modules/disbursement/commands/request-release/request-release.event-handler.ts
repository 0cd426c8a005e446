import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { Disbursement } from '../../domain/disbursement';
import { RequestReleaseHandler } from './request-release.handler';

/**
 * FundsReleaseRequested (R-LN-10): the release payment asks for, checked (a malformed one is
 * dead-lettered by the consumer; an amount not above zero at once, DISBURSEMENT.INVALID_REQUEST),
 * then recorded as the job of its transfer in the consumer's transaction.
 */
@Injectable()
export class RequestReleaseEventHandler {
  constructor(private readonly handler: RequestReleaseHandler) {}

  @HandlesEvent('FundsReleaseRequested')
  async handle(event: EventEnvelope<'FundsReleaseRequested'>, ctx: EventContext): Promise<void> {
    const disbursement = Disbursement.requested(event, new Date());
    if (!disbursement.ok) throw disbursement.error;
    await this.handler.execute(ctx.manager, disbursement.value);
  }
}
