import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { INSURANCE_CLAIM_REPOSITORY, type InsuranceClaimRepository } from '../../database/insurance-claim.repository';
import type { InsuranceClaim } from '../../domain/insurance-claim';
import { claimConflict } from '../../domain/insurance-errors';

/**
 * Records a requested claim as the job of its filing, in the caller's transaction; the worker
 * files it and follows it. One claim per claim id: the same request delivered again changes
 * nothing (nothing is filed or reported twice); other data under that id is a conflict.
 */
@Injectable()
export class RequestClaimHandler {
  private readonly logger = new Logger('RequestInsuranceClaim');

  constructor(@Inject(INSURANCE_CLAIM_REPOSITORY) private readonly claims: InsuranceClaimRepository) {}

  async execute(manager: EntityManager, claim: InsuranceClaim): Promise<void> {
    const { id } = claim.snapshot;
    const existing = await this.claims.lockBy(manager, { id });
    if (!existing) return this.claims.insert(manager, claim);
    if (!existing.isSameRequest(claim)) throw claimConflict(id);
    this.logger.log(`claim ${id} requested again while ${existing.snapshot.status}: nothing to do`);
  }
}
