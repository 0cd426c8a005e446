import { Inject, Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { AVERBATION_REPOSITORY, type AverbationRepository } from '../../database/averbation.repository';

/** The contract's averbation is not known here yet although the loan service says it was registered. */
export class AverbationNotYetKnownError extends Error {
  readonly code = 'AVERBATION.NOT_YET_KNOWN';
}

/**
 * ContractCancelled / ContractSettled: the deduction must end at Dataprev (R-AV-1, R-AV-3). The
 * averbation turns to PENDING_CANCELLATION and the worker cancels it (same retries as
 * registration) and invalidates the benefit's cached margin.
 */
@Injectable()
export class CloseAverbationEventHandler {
  constructor(@Inject(AVERBATION_REPOSITORY) private readonly averbations: AverbationRepository) {}

  @HandlesEvent('ContractCancelled')
  async onCancelled(event: EventEnvelope<'ContractCancelled'>, ctx: EventContext): Promise<void> {
    const { contractId, reason, averbationRegistered } = event.payload;
    const closed = await this.close(ctx, contractId, `CANCELLED:${reason}`);
    if (closed) return;
    // Registered, per the loan service, but not known here: its AverbationRequested is still on its
    // way (another topic). Retry, then dead-letter; never drop.
    if (averbationRegistered) throw new AverbationNotYetKnownError(`averbation of contract ${contractId} not known yet`);
    // Remember it, so an AverbationRequested arriving late (other topic) is not registered.
    await this.averbations.markClosed(ctx.manager, contractId, `CANCELLED:${reason}`);
  }

  /** Settled contracts without an averbation here (personal loans) have nothing at Dataprev. */
  @HandlesEvent('ContractSettled')
  async onSettled(event: EventEnvelope<'ContractSettled'>, ctx: EventContext): Promise<void> {
    await this.close(ctx, event.payload.contractId, `SETTLED:${event.payload.reason}`);
  }

  private async close(ctx: EventContext, contractId: string, reason: string): Promise<boolean> {
    const averbation = await this.averbations.lockByContract(ctx.manager, contractId);
    if (!averbation) return false;
    averbation.close(reason, new Date());
    await this.averbations.update(ctx.manager, averbation);
    return true;
  }
}
