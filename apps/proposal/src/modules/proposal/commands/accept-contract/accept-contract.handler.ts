import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import { type CommandOutcome, type IdempotencyClaim, IdempotentCommands, type ResultCodec } from '@consignado/service-kit';
import { Clock } from '../../../../shared/clock';
import { type Principal, scopeOf } from '../../../access/domain/principal';
import type { Proposal } from '../../domain/proposal';
import { IdempotencyConflictError, ProposalNotFoundError } from '../../domain/proposal.errors';
import { proposalResultCodec } from '../../database/proposal-result.codec';
import { PROPOSAL_REPOSITORY, type ProposalRepository } from '../../database/proposal.repository';
import { ProposalEventsPublisher } from '../proposal-events.publisher';

export interface AcceptContract {
  readonly proposalId: string;
  readonly documentHash: string;
  readonly idempotencyKey?: string;
}

/**
 * R-LN-9: the customer (or the corban or operator acting for them) accepts the contract issued for
 * the proposal by its CCB's SHA-256, under the proposal's row lock: ProposalAccepted goes out in the
 * same transaction, once — a second acceptance of the same document answers the proposal and raises
 * nothing. The cancel route's access rule; with an Idempotency-Key a retry gets the first answer.
 */
@Injectable()
export class AcceptContractHandler {
  private readonly logger = new Logger('AcceptContract');
  private readonly stored: ResultCodec<Proposal>;

  constructor(
    @Inject(IdempotentCommands) private readonly commands: IdempotentCommands,
    @Inject(PROPOSAL_REPOSITORY) private readonly proposals: ProposalRepository,
    @Inject(ProposalEventsPublisher) private readonly events: ProposalEventsPublisher,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(FieldCipher) cipher: FieldCipher,
  ) {
    this.stored = proposalResultCodec(cipher);
  }

  async execute(command: AcceptContract, by: Principal): Promise<CommandOutcome<Proposal>> {
    return this.commands.run(claimOf(command, by), (manager) => this.accept(manager, command, by), this.stored);
  }

  private async accept(manager: EntityManager, { proposalId, documentHash }: AcceptContract, by: Principal): Promise<Proposal> {
    const proposal = await this.proposals.lock(manager, proposalId);
    if (!proposal || !proposal.isVisibleTo(by)) throw new ProposalNotFoundError();
    const accepted = proposal.accept(documentHash, by, this.clock.now());
    if (accepted) {
      await this.proposals.update(manager, proposal);
      await this.events.publishRaised(manager, proposal);
    }
    this.logger.log({ proposalId, flowCorrelationId: proposal.props.correlationId, channel: by.channel, contractId: proposal.props.formalization?.contractId, accepted });
    return proposal;
  }
}

function claimOf({ proposalId, documentHash, idempotencyKey }: AcceptContract, by: Principal): IdempotencyClaim | undefined {
  if (!idempotencyKey) return undefined;
  return { scope: `accept-contract:${scopeOf(by)}`, key: idempotencyKey, content: { proposalId, documentHash }, conflict: () => new IdempotencyConflictError() };
}
