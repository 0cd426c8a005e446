import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EventContext } from '@consignado/eventing';
import { Contract, type CreditApproval } from '../../domain/contract';
import { CLOCK, type Clock } from '../../domain/clock';
import { CANCELLATION_REQUEST_REPOSITORY, type CancellationRequestRepository } from '../../database/cancellation-request.repository';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { emitContractEvents } from '../emit-contract-events';

export type BookOutcome = { outcome: 'BOOKED'; contract: Contract } | { outcome: 'ALREADY_BOOKED' | 'PROPOSAL_CANCELLED'; contract?: Contract };

/**
 * Books the contract of an approved credit (R-LN-1): one per proposal, never for a proposal
 * already cancelled. Terms that fail validation or an installment that disagrees with the
 * approval are thrown as permanent errors (dead-lettered: the services disagree on money).
 */
@Injectable()
export class BookContractHandler {
  constructor(
    @Inject(CONTRACT_REPOSITORY) private readonly contracts: ContractRepository,
    @Inject(CANCELLATION_REQUEST_REPOSITORY) private readonly cancellations: CancellationRequestRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(approval: CreditApproval, ctx: EventContext): Promise<BookOutcome> {
    await this.contracts.lockProposal(ctx.manager, approval.proposalId);
    const existing = await this.contracts.findByProposalForUpdate(ctx.manager, approval.proposalId);
    if (existing) return { outcome: 'ALREADY_BOOKED', contract: existing };
    if (await this.cancellations.cancelledBeforeBooking(ctx.manager, approval.proposalId)) return { outcome: 'PROPOSAL_CANCELLED' };
    const booked = Contract.book(approval, randomUUID(), this.clock.now());
    if (!booked.ok) throw booked.error;
    await this.contracts.insert(ctx.manager, booked.value);
    await emitContractEvents(ctx, booked.value);
    return { outcome: 'BOOKED', contract: booked.value };
  }
}
