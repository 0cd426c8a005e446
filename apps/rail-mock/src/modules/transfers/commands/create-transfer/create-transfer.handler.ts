import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { fail, ok, type Result } from '@consignado/core';
import { RailMockConfig } from '../../../../config';
import { OUTCOME_SCRIPTS, type OutcomeScripts } from '../../database/outcome-script.repository';
import { TRANSFER_REPOSITORY, type TransferRepository } from '../../database/transfer.repository';
import { endToEndId } from '../../domain/end-to-end-id';
import { settlementPlanOf } from '../../domain/outcome-script';
import { type RailError, transferConflict } from '../../domain/rail-error';
import { Transfer } from '../../domain/transfer';
import type { TransferRequest } from '../../domain/transfer-state';
import { TransferSettlements } from '../transfer-settlements';

export interface Created {
  readonly transfer: Transfer;
  /** False when the same order came again: the transfer it made, as it stands now. */
  readonly created: boolean;
}

/** Thrown inside the filing's transaction to roll back the outcome script it took. */
const REFUSED = Symbol('REFUSED');

/**
 * Files a transfer PENDING with its end-to-end id and its settlement plan (a script's, else
 * settled). Keyed by the bank's transfer id: the same order again answers the transfer it made,
 * another order under that id is a conflict — so a retried order is never paid twice.
 */
@Injectable()
export class CreateTransferHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TRANSFER_REPOSITORY) private readonly transfers: TransferRepository,
    @Inject(OUTCOME_SCRIPTS) private readonly scripts: OutcomeScripts,
    private readonly settlements: TransferSettlements,
    private readonly config: RailMockConfig,
  ) {}

  async execute(request: TransferRequest): Promise<Result<Created, RailError>> {
    const earlier = await this.replay(request);
    if (earlier) return earlier;
    const transfer = await this.file(request);
    if (transfer) return ok({ transfer, created: true });
    // Refused by the primary key: a concurrent twin with this transfer id committed first.
    return (await this.replay(request)) ?? fail(transferConflict(request.transferId));
  }

  private async file(request: TransferRequest): Promise<Transfer | undefined> {
    const filed = this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const plan = settlementPlanOf(await this.scripts.take(manager, request.creditor), this.config.RAIL_SETTLEMENT_MS);
      const transfer = Transfer.file(request, endToEndId(this.config.RAIL_PAYER_ISPB, now), now, plan);
      if (!(await this.transfers.insert(manager, transfer))) throw REFUSED;
      return transfer;
    });
    return filed.catch((error: unknown) => {
      if (error === REFUSED) return undefined;
      throw error;
    });
  }

  private async replay(request: TransferRequest): Promise<Result<Created, RailError> | undefined> {
    const transfer = await this.settlements.current(request.transferId);
    if (!transfer) return undefined;
    return transfer.isSameFiling(request) ? ok({ transfer, created: false }) : fail(transferConflict(request.transferId));
  }
}
