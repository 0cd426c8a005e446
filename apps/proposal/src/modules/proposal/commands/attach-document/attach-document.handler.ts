import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../shared/clock';
import type { Principal } from '../../../access/domain/principal';
import { CUSTOMER_REPOSITORY, type CustomerRepository } from '../../../customer/database/customer.repository';
import { type DocumentKind, readDocument, type StoredDocument } from '../../domain/documents';
import { ProposalNotFoundError } from '../../domain/proposal.errors';
import type { Proposal } from '../../domain/proposal';
import { DOCUMENT_REPOSITORY, type DocumentRepository } from '../../database/document.repository';
import { PROPOSAL_REPOSITORY, type ProposalRepository } from '../../database/proposal.repository';
import { ProposalEventsPublisher } from '../proposal-events.publisher';

export interface AttachDocumentInput {
  proposalId: string;
  kind: DocumentKind;
  contentBase64: string;
  mimeType: string;
}

/**
 * Digital channel: stores a document (metadata + SHA-256 + bytes) and, once SELFIE and ID_FRONT
 * are in, submits the proposal — ProposalCreated in the same transaction (R-PR-1, R-EV-5).
 */
@Injectable()
export class AttachDocumentHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROPOSAL_REPOSITORY) private readonly proposals: ProposalRepository,
    @Inject(DOCUMENT_REPOSITORY) private readonly documents: DocumentRepository,
    @Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository,
    @Inject(ProposalEventsPublisher) private readonly events: ProposalEventsPublisher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(input: AttachDocumentInput, by: Principal): Promise<{ document: StoredDocument; proposal: Proposal }> {
    const file = readDocument(input.contentBase64, input.mimeType);
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.proposals.lock(manager, input.proposalId);
      if (!proposal || !proposal.isVisibleTo(by)) throw new ProposalNotFoundError();
      const applicant = await this.customers.findById(proposal.props.customerId, manager);
      if (!applicant) throw new Error(`customer ${proposal.props.customerId} of proposal ${proposal.id} is missing`);
      const now = this.clock.now();
      proposal.attachDocument(input.kind, applicant, now);
      const document: StoredDocument = { id: randomUUID(), proposalId: proposal.id, kind: input.kind, mimeType: input.mimeType, sizeBytes: file.sizeBytes, sha256: file.sha256, uploadedAt: now };
      await this.documents.add(manager, document, file.content);
      await this.proposals.update(manager, proposal);
      await this.events.publishRaised(manager, proposal);
      return { document, proposal };
    });
  }
}
