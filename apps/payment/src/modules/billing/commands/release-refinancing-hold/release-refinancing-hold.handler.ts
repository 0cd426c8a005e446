import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PayloadOf } from '@consignado/contracts';
import { REFINANCING_HOLD_REPOSITORY, type RefinancingHoldRepository } from '../../database/refinancing-hold.repository';

/**
 * A refinancing whose new contract could not be registered at Dataprev for good (AverbationFailed,
 * not retryable) will never pay the old contract off: its hold ends, so the customer may settle or
 * amortize the old contract again (R-LN-6, "a refused refinancing leaves the old contract
 * untouched"). A retryable report keeps the hold; the release is recorded even before the hold is
 * seen, so a late approval does not hold. Any other proposal's failure has no hold and changes nothing.
 */
@Injectable()
export class ReleaseRefinancingHoldHandler {
  constructor(@Inject(REFINANCING_HOLD_REPOSITORY) private readonly holds: RefinancingHoldRepository) {}

  async execute(failed: PayloadOf<'AverbationFailed'>, manager: EntityManager): Promise<'RELEASED' | 'RECORDED' | 'RETRYABLE'> {
    if (failed.retryable) return 'RETRYABLE';
    return (await this.holds.release(manager, failed.proposalId, 'AVERBATION_FAILED', new Date(failed.lastAttemptAt))) ? 'RELEASED' : 'RECORDED';
  }
}
