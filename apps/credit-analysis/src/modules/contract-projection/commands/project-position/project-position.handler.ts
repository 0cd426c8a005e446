import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import type { EventContext } from '@consignado/eventing';
import { CLOCK, type Clock } from '../../../analysis/domain/clock';
import { projectContract } from '../../domain/project-contract';
import { CONTRACT_POSITIONS, type ContractPositions } from '../../database/contract-position.repository';

/**
 * ContractPositionChanged → the projection keeps, per contract, the highest revision: an equal or
 * older one (a redelivery with another event id, a replay, two revisions crossing) changes
 * nothing. An inconsistent position is a permanent error: dead-lettered, nothing stored.
 */
@Injectable()
export class ProjectPositionHandler {
  private readonly logger = new Logger('ProjectPosition');

  constructor(
    @Inject(CONTRACT_POSITIONS) private readonly positions: ContractPositions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Returns whether the revision was kept. */
  async execute(event: EventEnvelope<'ContractPositionChanged'>, ctx: EventContext): Promise<boolean> {
    const contract = projectContract(event.payload);
    const kept = await this.positions.keepIfNewer(ctx.manager, contract, this.clock.now());
    const outcome = kept ? `revision ${contract.revision} kept (${contract.status})` : `revision ${contract.revision} ignored: not newer than the one kept`;
    this.logger.log(`contract ${contract.contractId} ${outcome}`);
    return kept;
  }
}
