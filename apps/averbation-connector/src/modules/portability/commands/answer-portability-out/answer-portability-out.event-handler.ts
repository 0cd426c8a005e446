import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { PORTABILITY_OUT_REPOSITORY, type PortabilityOutRepository } from '../../database/portability.repositories';
import { notYetKnown } from '../../domain/portability-errors';

/**
 * PortabilityOutAnswered (R-LN-7, R-LN-11): loan's answer becomes the job of its exchange call
 * (POST …/balance, or …/rejection with loan's reason). The same answer again is a no-op; a
 * different one for the same NU is dead-lettered (the first one stands at the exchange).
 */
@Injectable()
export class AnswerPortabilityOutEventHandler {
  private readonly logger = new Logger('AnswerPortabilityOut');

  constructor(@Inject(PORTABILITY_OUT_REPOSITORY) private readonly portabilities: PortabilityOutRepository) {}

  @HandlesEvent('PortabilityOutAnswered')
  async handle(event: EventEnvelope<'PortabilityOutAnswered'>, ctx: EventContext): Promise<void> {
    const { portabilityNumber } = event.payload;
    const portability = await this.portabilities.lockBy(ctx.manager, { portabilityNumber });
    if (!portability) throw notYetKnown(`A portabilidade ${portabilityNumber}`);
    const refused = portability.answered(event, new Date());
    if (refused) throw refused;
    if (portability.snapshot.status === 'CLOSED') this.logger.warn(`portability ${portabilityNumber} ended at the exchange (${portability.snapshot.closure?.reason}) before loan's answer: nothing posted`);
    await this.portabilities.update(ctx.manager, portability);
  }
}
