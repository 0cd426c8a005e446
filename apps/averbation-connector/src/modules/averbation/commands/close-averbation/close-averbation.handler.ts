import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PayloadOf } from '@consignado/contracts';
import { AVERBATION_REPOSITORY, type AverbationRepository } from '../../database/averbation.repository';

/** The contract's averbation is not known here yet although the loan service says it was registered. */
export class AverbationNotYetKnownError extends Error {
  readonly code = 'AVERBATION.NOT_YET_KNOWN';
}

/**
 * ContractCancelled / ContractSettled: the deduction must end at Dataprev (R-AV-1, R-AV-3), in the
 * consumer's transaction. The averbation turns to PENDING_CANCELLATION and the worker cancels it
 * (same retries as registration) and invalidates the benefit's cached margin.
 */
@Injectable()
export class CloseAverbationHandler {
  constructor(@Inject(AVERBATION_REPOSITORY) private readonly averbations: AverbationRepository) {}

  async cancelled(manager: EntityManager, { contractId, reason, averbationRegistered }: PayloadOf<'ContractCancelled'>): Promise<void> {
    const closed = await this.close(manager, contractId, `CANCELLED:${reason}`);
    if (closed) return;
    // Registered, per the loan service, but not known here: its AverbationRequested is still on its
    // way (another topic). Retry, then dead-letter; never drop.
    if (averbationRegistered) throw new AverbationNotYetKnownError(`averbation of contract ${contractId} not known yet`);
    // Remember it, so an AverbationRequested (or a PortabilityTransferRequested) arriving late (other topic) is not acted on.
    await this.averbations.markClosed(manager, contractId, `CANCELLED:${reason}`);
  }

  /**
   * Settled contracts without an averbation here (personal loans) have nothing at Dataprev. One
   * RENEGOTIATED keeps its deduction: its debt moved to the RENEGOTIATION contract, whose
   * ContractActivated alters the deduction and hands it over (R-LN-8) — whichever arrives first.
   */
  async settled(manager: EntityManager, { contractId, reason }: PayloadOf<'ContractSettled'>): Promise<void> {
    if (reason === 'RENEGOTIATED') return;
    await this.close(manager, contractId, `SETTLED:${reason}`);
  }

  private async close(manager: EntityManager, contractId: string, reason: string): Promise<boolean> {
    const averbation = await this.averbations.lockByContract(manager, contractId);
    if (!averbation) return false;
    averbation.close(reason, new Date());
    await this.averbations.update(manager, averbation);
    return true;
  }
}
