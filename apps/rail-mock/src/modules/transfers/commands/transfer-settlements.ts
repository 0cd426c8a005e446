import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TRANSFER_REPOSITORY, type TransferRepository } from '../database/transfer.repository';
import type { Transfer } from '../domain/transfer';

/**
 * A transfer as it stands now: a settlement that is due happens when the transfer is read (under
 * its row lock), and is saved, so it is decided once and every later read agrees.
 */
@Injectable()
export class TransferSettlements {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TRANSFER_REPOSITORY) private readonly transfers: TransferRepository,
  ) {}

  current(transferId: string): Promise<Transfer | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const transfer = await this.transfers.lock(manager, transferId);
      if (transfer?.settle(new Date())) await this.transfers.save(manager, transfer);
      return transfer;
    });
  }
}
