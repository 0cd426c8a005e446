import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EventContext } from '@consignado/eventing';
import { Contract, type CreditApproval } from '../../domain/contract';
import { CLOCK, type Clock } from '../../domain/clock';
import { refinancingRefusal } from '../../domain/refinancing';
import { CANCELLATION_REQUEST_REPOSITORY, type CancellationRequestRepository } from '../../database/cancellation-request.repository';
import { CONTRACT_DOCUMENT_REPOSITORY, type ContractDocumentRepository } from '../../database/contract-document.repository';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { drawUpCcb } from '../../document/ccb-document';
import { emitContractEvents } from '../emit-contract-events';

export type BookOutcome =
  | { outcome: 'BOOKED' | 'REFINANCING_REFUSED'; contract: Contract }
  | { outcome: 'ALREADY_BOOKED' | 'PROPOSAL_CANCELLED'; contract?: Contract };

/**
 * Books the contract of an approved credit (R-LN-1): one per proposal, never for a proposal
 * already cancelled. It waits for the customer's acceptance (R-LN-9): its CCB is drawn up from
 * the approved terms and stored with its SHA-256 in the same transaction, and ContractIssued
 * names that hash. A refinancing (R-LN-6) locks the contract it replaces: if that one is still
 * the customer's ACTIVE contract, not already being replaced, the new contract is booked and the
 * old records it; otherwise the new contract is booked CANCELLED (REFINANCING_REFUSED) and the old
 * is untouched. Terms that fail validation or an installment that disagrees with the approval are
 * thrown as permanent errors (dead-lettered: the services disagree on money).
 */
@Injectable()
export class BookContractHandler {
  constructor(
    @Inject(CONTRACT_REPOSITORY) private readonly contracts: ContractRepository,
    @Inject(CANCELLATION_REQUEST_REPOSITORY) private readonly cancellations: CancellationRequestRepository,
    @Inject(CONTRACT_DOCUMENT_REPOSITORY) private readonly documents: ContractDocumentRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(approval: CreditApproval, ctx: EventContext, partnerId?: string): Promise<BookOutcome> {
    await this.contracts.lockProposal(ctx.manager, approval.proposalId);
    const existing = await this.contracts.findByProposalForUpdate(ctx.manager, approval.proposalId);
    if (existing) return { outcome: 'ALREADY_BOOKED', contract: existing };
    if (await this.cancellations.cancelledBeforeBooking(ctx.manager, approval.proposalId)) return { outcome: 'PROPOSAL_CANCELLED' };
    const old = await this.refinanced(approval, ctx);
    const replacing = old?.snapshot.replacedByContractId ? await this.contracts.findForUpdate(ctx.manager, old.snapshot.replacedByContractId) : undefined;
    const refusal = approval.operationType === 'REFINANCING' ? refinancingRefusal(approval, old?.snapshot, replacing?.snapshot) : undefined;
    const now = this.clock.now();
    const booked = Contract.book(approval, randomUUID(), now, refusal, partnerId);
    if (!booked.ok) throw booked.error;
    const ccb = refusal ? undefined : await drawUpCcb(booked.value.snapshot, approval.cpf, now);
    if (ccb) booked.value.issue(ccb.sha256, ccb.issuedAt);
    await this.contracts.insert(ctx.manager, booked.value);
    if (ccb) await this.documents.insert(ctx.manager, ccb);
    if (old && !refusal) {
      old.markReplacedBy(booked.value.id);
      await this.contracts.update(ctx.manager, old);
    }
    await emitContractEvents(ctx, booked.value);
    return { outcome: refusal ? 'REFINANCING_REFUSED' : 'BOOKED', contract: booked.value };
  }

  /** The contract a refinancing replaces, locked until the booking commits (payment settles it under the same lock). */
  private async refinanced(approval: CreditApproval, ctx: EventContext): Promise<Contract | undefined> {
    const id = approval.operationType === 'REFINANCING' ? approval.refinancing?.contractId : undefined;
    return id ? this.contracts.findForUpdate(ctx.manager, id) : undefined;
  }
}
