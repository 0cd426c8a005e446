import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CancellationRequestRow } from './cancellation-request.orm-entity';

export const CANCELLATION_REQUEST_REPOSITORY = Symbol('CANCELLATION_REQUEST_REPOSITORY');

export type CancellationRequestRecord = CancellationRequestRow;

/** Port: the record of every proposal cancellation and its effect. */
export interface CancellationRequestRepository {
  add(manager: EntityManager, record: CancellationRequestRecord): Promise<void>;
  /** True when the proposal was cancelled before any contract existed: its approval must not be booked. */
  cancelledBeforeBooking(manager: EntityManager, proposalId: string): Promise<boolean>;
  listByProposal(proposalId: string): Promise<CancellationRequestRecord[]>;
}

@Injectable()
export class TypeOrmCancellationRequestRepository implements CancellationRequestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async add(manager: EntityManager, record: CancellationRequestRecord): Promise<void> {
    await manager.getRepository(CancellationRequestRow).insert(record);
  }

  async cancelledBeforeBooking(manager: EntityManager, proposalId: string): Promise<boolean> {
    return manager.getRepository(CancellationRequestRow).exists({ where: { proposalId, explanation: 'NO_CONTRACT' } });
  }

  listByProposal(proposalId: string): Promise<CancellationRequestRecord[]> {
    return this.dataSource.getRepository(CancellationRequestRow).find({ where: { proposalId }, order: { recordedAt: 'ASC' } });
  }
}
