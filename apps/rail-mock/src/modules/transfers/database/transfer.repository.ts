import type { EntityManager } from 'typeorm';
import type { Transfer } from '../domain/transfer';

export const TRANSFER_REPOSITORY = Symbol('TRANSFER_REPOSITORY');

export interface TransferFilter {
  transferId?: string;
  limit: number;
}

/** Port: the rail's transfers. Methods taking a manager run in the caller's transaction. */
export interface TransferRepository {
  /** False, writing nothing, when the transfer id is taken (a concurrent insert waits for the other). */
  insert(manager: EntityManager, transfer: Transfer): Promise<boolean>;
  /** The transfer, its row locked until the transaction ends. */
  lock(manager: EntityManager, transferId: string): Promise<Transfer | undefined>;
  save(manager: EntityManager, transfer: Transfer): Promise<void>;
  /** Newest first. */
  list(filter: TransferFilter): Promise<Transfer[]>;
}
