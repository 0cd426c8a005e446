import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseNu } from '../../../../shared/http/input';
import { Caller, type Participant, ParticipantApi } from '../../../../shared/http/participant.guard';
import { CtcCall } from '../../../chaos/ctc-call.decorator';
import { PortabilityView } from '../../presenters/portability.view';
import { CancelHandler } from './cancel.handler';
import { CancelRequest } from './cancel.request';

@ApiTags('participant')
@ParticipantApi()
@Controller('v1/portabilities')
export class CancelController {
  constructor(private readonly handler: CancelHandler) {}

  @Post(':nu/cancellation')
  @HttpCode(200)
  @CtcCall('CANCEL')
  @ApiOperation({ summary: 'A proponente (destino) cancela, só até a liquidação; cancelar de novo não é erro' })
  @ApiOkResponse({ type: PortabilityView })
  async cancel(@Caller() caller: Participant, @Param('nu') nu: string, @Body() body: CancelRequest): Promise<PortabilityView> {
    const cancelled = await this.handler.execute(parseNu(nu), caller.ispb, body.reason ?? 'CANCELADO_PELO_CLIENTE', body.detail);
    if (!cancelled.ok) throw cancelled.error;
    return PortabilityView.from(cancelled.value);
  }
}
