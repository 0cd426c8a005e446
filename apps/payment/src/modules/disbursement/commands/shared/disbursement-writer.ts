import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';
import { EventPublisher } from '@consignado/eventing';
import type { Disbursement } from '../../domain/disbursement';
import { RegretReturn } from '../../domain/regret-return';
import { DISBURSEMENT_REPOSITORY, type DisbursementRepository } from '../../database/disbursement.repository';
import { REGRET_RETURN_REPOSITORY, type RegretReturnRepository } from '../../database/regret-return.repository';

/** What every disbursement use case writes: the disbursement with the events it raised (same transaction), and a regret return come due. */
@Injectable()
export class DisbursementWriter {
  constructor(
    @Inject(DISBURSEMENT_REPOSITORY) private readonly disbursements: DisbursementRepository,
    @Inject(REGRET_RETURN_REPOSITORY) private readonly returns: RegretReturnRepository,
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
  ) {}

  /** `cause`: the event that led to it; none for a request over HTTP. */
  async save(manager: EntityManager, disbursement: Disbursement, cause?: EventEnvelope): Promise<void> {
    await this.disbursements.save(manager, disbursement);
    for (const { type, payload } of disbursement.pullEvents()) await this.publisher.publish(manager, type, { payload }, cause);
  }

  /** A regretted contract whose money went out: what the customer must give back, kept once. */
  async openReturnIfDue(manager: EntityManager, disbursement: Disbursement): Promise<boolean> {
    const due = disbursement.regretReturnDue;
    const { contractId, customerId, regret } = disbursement.snapshot;
    if (!due?.isPositive() || !regret) return false;
    return this.returns.addIfAbsent(manager, RegretReturn.due(contractId, customerId, due, regret.at));
  }
}
