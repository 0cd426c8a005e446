import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseAmount, parseNu } from '../../../../shared/http/input';
import { Caller, type Participant, ParticipantApi } from '../../../../shared/http/participant.guard';
import { CtcCall } from '../../../chaos/ctc-call.decorator';
import { PortabilityView } from '../../presenters/portability.view';
import { TransferHandler } from './transfer.handler';
import { TransferRequest } from './transfer.request';

@ApiTags('participant')
@ParticipantApi()
@Controller('v1/portabilities')
export class TransferController {
  constructor(private readonly handler: TransferHandler) {}

  @Post(':nu/transfer')
  @HttpCode(200)
  @CtcCall('TRANSFER')
  @ApiOperation({ summary: 'A proponente (destino) transfere o saldo devedor (STR0047) até a data limite; a mesma transferência de novo não é erro' })
  @ApiOkResponse({ type: PortabilityView })
  async transfer(@Caller() caller: Participant, @Param('nu') nu: string, @Body() body: TransferRequest): Promise<PortabilityView> {
    const transferred = await this.handler.execute(parseNu(nu), caller.ispb, parseAmount(body.amount, 'amount'));
    if (!transferred.ok) throw transferred.error;
    return PortabilityView.from(transferred.value);
  }
}
