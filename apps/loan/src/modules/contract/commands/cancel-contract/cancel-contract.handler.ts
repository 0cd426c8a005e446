import { Inject, Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import type { EventContext } from '@consignado/eventing';
import type { CancellationDecision } from '../../domain/cancellation-policy';
import { CLOCK, type Clock } from '../../domain/clock';
import type { Contract } from '../../domain/contract';
import { CANCELLATION_REQUEST_REPOSITORY, type CancellationRequestRepository } from '../../database/cancellation-request.repository';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { emitContractEvents } from '../emit-contract-events';

/**
 * The contract side of a proposal cancellation (R-PR-8): cancels before activation, or on the
 * right of regret within 7 days of it; otherwise records the request and why it had no effect.
 * A cancellation that finds no contract yet is kept so a late approval is never booked.
 */
@Injectable()
export class CancelContractHandler {
  constructor(
    @Inject(CONTRACT_REPOSITORY) private readonly contracts: ContractRepository,
    @Inject(CANCELLATION_REQUEST_REPOSITORY) private readonly requests: CancellationRequestRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(event: EventEnvelope<'ProposalCancelled'>, ctx: EventContext): Promise<CancellationDecision> {
    const p = event.payload;
    await this.contracts.lockProposal(ctx.manager, p.proposalId);
    const contract = await this.contractOf(p, ctx);
    const now = this.clock.now();
    const decision: CancellationDecision = contract
      ? contract.requestCancellation({ reason: p.reason, requestedAt: new Date(p.requestedAt) }, now)
      : { outcome: 'IGNORE', explanation: 'NO_CONTRACT' };
    if (contract && decision.outcome === 'CANCEL') {
      await this.contracts.update(ctx.manager, contract);
      await emitContractEvents(ctx, contract);
    }
    await this.requests.add(ctx.manager, {
      eventId: event.eventId,
      proposalId: p.proposalId,
      contractId: contract?.id ?? null,
      reason: p.reason,
      outcome: decision.outcome === 'CANCEL' ? 'CANCELLED' : 'IGNORED',
      explanation: decision.explanation,
      requestedAt: new Date(p.requestedAt),
      recordedAt: now,
    });
    return decision;
  }

  /** The named contract when given (regret), else the proposal's; only if it is that proposal's. */
  private async contractOf(p: EventEnvelope<'ProposalCancelled'>['payload'], ctx: EventContext): Promise<Contract | undefined> {
    const contract = p.contractId
      ? await this.contracts.findForUpdate(ctx.manager, p.contractId)
      : await this.contracts.findByProposalForUpdate(ctx.manager, p.proposalId);
    return contract?.snapshot.proposalId === p.proposalId ? contract : undefined;
  }
}
