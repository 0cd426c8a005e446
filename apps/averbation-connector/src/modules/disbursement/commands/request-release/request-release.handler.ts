import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DISBURSEMENT_REPOSITORY, type DisbursementRepository } from '../../database/disbursement.repository';
import type { Disbursement } from '../../domain/disbursement';
import { disbursementConflict } from '../../domain/disbursement-errors';

/**
 * Records a requested release as the job of its transfer, in the caller's transaction; the worker
 * files it and follows it. One disbursement per id: the same request delivered again changes
 * nothing (nothing is filed or reported twice); other data under that id is a conflict.
 */
@Injectable()
export class RequestReleaseHandler {
  private readonly logger = new Logger('RequestFundsRelease');

  constructor(@Inject(DISBURSEMENT_REPOSITORY) private readonly disbursements: DisbursementRepository) {}

  async execute(manager: EntityManager, disbursement: Disbursement): Promise<void> {
    const { id } = disbursement.snapshot;
    const existing = await this.disbursements.lockBy(manager, { id });
    if (!existing) return this.disbursements.insert(manager, disbursement);
    if (!existing.isSameRequest(disbursement)) throw disbursementConflict(id);
    this.logger.log(`disbursement ${id} requested again while ${existing.snapshot.status}: nothing to do`);
  }
}
