import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { ALTERATION_REPOSITORY, type AlterationRepository } from '../../database/alteration.repository';
import { AVERBATION_REPOSITORY, type AverbationRepository } from '../../database/averbation.repository';
import { AverbationAlteration } from '../../domain/averbation-alteration';

/**
 * ContractAmended (R-LN-5): the deduction at Dataprev must follow the new plan. Records the plan
 * as the alteration job in the consumer's transaction (the worker calls "Alterar contrato");
 * only the latest plan is kept, so an older amendment arriving late is ignored.
 */
@Injectable()
export class AmendAverbationEventHandler {
  private readonly logger = new Logger('AmendAverbation');

  constructor(
    @Inject(AVERBATION_REPOSITORY) private readonly averbations: AverbationRepository,
    @Inject(ALTERATION_REPOSITORY) private readonly alterations: AlterationRepository,
  ) {}

  @HandlesEvent('ContractAmended')
  async handle(event: EventEnvelope<'ContractAmended'>, ctx: EventContext): Promise<void> {
    const { contractId } = event.payload;
    // Locked: a cancellation committing meanwhile is seen by the worker, which then drops the plan.
    const averbation = await this.averbations.lockByContract(ctx.manager, contractId);
    const s = averbation?.snapshot;
    if (!s) return this.logger.log(`contract ${contractId} has no deduction at Dataprev (not INSS): nothing to alter`);
    if (s.status !== 'REGISTERED' || !s.protocol) return this.logger.warn(`averbation of contract ${contractId} is ${s.status}: the amendment is not sent to Dataprev`);
    const now = new Date();
    const existing = await this.alterations.lock(ctx.manager, s.id);
    if (!existing) {
      const deduction = { id: s.id, contractId, protocol: s.protocol, benefitNumber: averbation.benefitNumber };
      return this.alterations.insert(ctx.manager, AverbationAlteration.requested(deduction, event, now));
    }
    const effect = existing.amend(event, now);
    if (effect === 'STALE') this.logger.warn(`amendment of contract ${contractId} by payment ${event.payload.paymentId} is older than the plan already kept: ignored`);
    if (effect === 'SCHEDULED') await this.alterations.update(ctx.manager, existing);
  }
}
