import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { StoredDocument } from '../domain/documents';
import { ProposalDocumentContentRow, ProposalDocumentRow } from './proposal-document.orm-entity';

export const DOCUMENT_REPOSITORY = Symbol('DOCUMENT_REPOSITORY');

/** Port: uploaded documents — metadata listed with the proposal, bytes kept apart. */
export interface DocumentRepository {
  add(manager: EntityManager, document: StoredDocument, content: Buffer): Promise<void>;
  listByProposal(proposalId: string): Promise<StoredDocument[]>;
}

@Injectable()
export class TypeOrmDocumentRepository implements DocumentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async add(manager: EntityManager, document: StoredDocument, content: Buffer): Promise<void> {
    await manager.getRepository(ProposalDocumentRow).insert(document);
    await manager.getRepository(ProposalDocumentContentRow).insert({ documentId: document.id, content });
  }

  async listByProposal(proposalId: string): Promise<StoredDocument[]> {
    const rows = await this.dataSource.getRepository(ProposalDocumentRow).find({ where: { proposalId }, order: { uploadedAt: 'ASC' } });
    return rows.map((row) => ({ ...row, kind: row.kind as StoredDocument['kind'] }));
  }
}
