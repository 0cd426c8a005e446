import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { PartnerApi } from '../../../../shared/http/partner.guard';
import { RailCall } from '../../../chaos/rail-call.decorator';
import { TransferView } from '../../queries/get-transfer/transfer.view';
import { toTransferRequest } from './create-transfer.command';
import { CreateTransferHandler } from './create-transfer.handler';
import { CreateTransferRequest } from './create-transfer.request';

@ApiTags('transfers')
@PartnerApi()
@Controller('v1/transfers')
export class CreateTransferController {
  constructor(private readonly handler: CreateTransferHandler) {}

  @Post()
  @RailCall('CREATE_TRANSFER')
  @ApiOperation({ summary: 'O banco envia uma transferência PIX a uma chave ou conta' })
  @ApiCreatedResponse({ type: TransferView, description: 'PENDING, liquidada ou rejeitada após RAIL_SETTLEMENT_MS' })
  @ApiOkResponse({ type: TransferView, description: 'O mesmo envio de novo (mesmo transferId e mesmos dados): a mesma transferência, como está agora' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY, RAIL.INVALID_AMOUNT, RAIL.INVALID_CREDITOR' })
  @ApiConflictResponse({ description: 'RAIL.TRANSFER_CONFLICT: o transferId já foi usado com outros dados' })
  async create(@Body() body: CreateTransferRequest, @Res({ passthrough: true }) res: Response): Promise<TransferView> {
    const created = await this.handler.execute(toTransferRequest(body));
    if (!created.ok) throw created.error;
    res.status(created.value.created ? 201 : 200);
    return TransferView.from(created.value.transfer);
  }
}
