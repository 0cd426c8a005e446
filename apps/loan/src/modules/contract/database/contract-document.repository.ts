import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { CcbDocument } from '../document/ccb-document';
import { ContractDocumentRow } from './contract-document.orm-entity';

export const CONTRACT_DOCUMENT_REPOSITORY = Symbol('CONTRACT_DOCUMENT_REPOSITORY');

/** What the data subject's export lists of a document: never its bytes. */
export type DocumentRecord = Pick<ContractDocumentRow, 'contractId' | 'kind' | 'sha256' | 'issuedAt'>;

/** Port: the contracts' CCBs (R-LN-9), written in the booking's transaction. */
export interface ContractDocumentRepository {
  insert(manager: EntityManager, document: CcbDocument): Promise<void>;
  ccbOf(contractId: string): Promise<CcbDocument | undefined>;
  listOf(contractIds: string[]): Promise<DocumentRecord[]>;
}

@Injectable()
export class TypeOrmContractDocumentRepository implements ContractDocumentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, d: CcbDocument): Promise<void> {
    await manager.getRepository(ContractDocumentRow).insert({ contractId: d.contractId, kind: 'CCB', sha256: d.sha256, content: d.bytes, issuedAt: d.issuedAt });
  }

  async ccbOf(contractId: string): Promise<CcbDocument | undefined> {
    const row = await this.dataSource.getRepository(ContractDocumentRow).findOne({ where: { contractId, kind: 'CCB' } });
    return row ? { contractId, bytes: row.content, sha256: row.sha256, issuedAt: row.issuedAt } : undefined;
  }

  listOf(contractIds: string[]): Promise<DocumentRecord[]> {
    return this.dataSource.getRepository(ContractDocumentRow).find({
      select: { contractId: true, kind: true, sha256: true, issuedAt: true },
      where: { contractId: In(contractIds) },
      order: { issuedAt: 'ASC', contractId: 'ASC' },
    });
  }
}
