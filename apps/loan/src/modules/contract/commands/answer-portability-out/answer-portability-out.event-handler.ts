import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { AnswerPortabilityOutHandler } from './answer-portability-out.handler';

/** PortabilityOutRequested → PortabilityOutAnswered (the balance, or a refusal). */
@Injectable()
export class AnswerPortabilityOutEventHandler {
  private readonly logger = new Logger('AnswerPortabilityOut');

  constructor(private readonly handler: AnswerPortabilityOutHandler) {}

  @HandlesEvent('PortabilityOutRequested')
  async onPortabilityOutRequested(event: EventEnvelope<'PortabilityOutRequested'>, ctx: EventContext): Promise<void> {
    const { outcome, answer } = await this.handler.execute(event.payload, ctx);
    this.logger.log(`PortabilityOutRequested: ${outcome} ${answer.outcome}`, { contractId: answer.contractId, refusalCode: answer.refusalCode });
  }
}
