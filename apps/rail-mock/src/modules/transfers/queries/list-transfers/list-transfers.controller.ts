import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminApi } from '../../../../shared/http/admin-key.guard';
import { TRANSFER_REPOSITORY, type TransferRepository } from '../../database/transfer.repository';
import { TransferView } from '../get-transfer/transfer.view';
import { ListTransfersQuery } from './list-transfers.query';

@ApiTags('admin')
@AdminApi()
@Controller('admin/transfers')
export class ListTransfersController {
  constructor(@Inject(TRANSFER_REPOSITORY) private readonly transfers: TransferRepository) {}

  /** Shown as they stand now; a due settlement is only saved when the bank reads the transfer. */
  @Get()
  @ApiOperation({ summary: 'As transferências do arranjo (por transferId), para testes e operação' })
  @ApiOkResponse({ type: [TransferView] })
  async list(@Query() query: ListTransfersQuery): Promise<{ transfers: TransferView[] }> {
    const now = new Date();
    const found = await this.transfers.list({ transferId: query.transferId?.toLowerCase(), limit: query.limit ?? 100 });
    for (const transfer of found) transfer.settle(now);
    return { transfers: found.map((transfer) => TransferView.from(transfer)) };
  }
}
