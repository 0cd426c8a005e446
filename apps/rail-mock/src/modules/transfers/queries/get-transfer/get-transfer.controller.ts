import { Controller, Get, Param } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseTransferId } from '../../../../shared/http/input';
import { PartnerApi } from '../../../../shared/http/partner.guard';
import { RailCall } from '../../../chaos/rail-call.decorator';
import { TransferSettlements } from '../../commands/transfer-settlements';
import { transferNotFound } from '../../domain/rail-error';
import { TransferView } from './transfer.view';

@ApiTags('transfers')
@PartnerApi()
@Controller('v1/transfers')
export class GetTransferController {
  constructor(private readonly settlements: TransferSettlements) {}

  @Get(':transferId')
  @RailCall('GET_TRANSFER')
  @ApiOperation({ summary: 'Consulta uma transferência pelo transferId do banco: PENDING, SETTLED ou REJECTED' })
  @ApiOkResponse({ type: TransferView })
  @ApiBadRequestResponse({ description: 'RAIL.INVALID_TRANSFER_ID' })
  @ApiNotFoundResponse({ description: 'RAIL.TRANSFER_NOT_FOUND: o arranjo não tem transferência com esse id' })
  async get(@Param('transferId') transferId: string): Promise<TransferView> {
    const transfer = await this.settlements.current(parseTransferId(transferId));
    if (!transfer) throw transferNotFound();
    return TransferView.from(transfer);
  }
}
