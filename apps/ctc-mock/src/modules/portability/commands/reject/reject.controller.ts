import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseNu } from '../../../../shared/http/input';
import { Caller, type Participant, ParticipantApi } from '../../../../shared/http/participant.guard';
import { CtcCall } from '../../../chaos/ctc-call.decorator';
import { PortabilityView } from '../../presenters/portability.view';
import { RejectHandler } from './reject.handler';
import { RejectRequest } from './reject.request';

@ApiTags('participant')
@ParticipantApi()
@Controller('v1/portabilities')
export class RejectController {
  constructor(private readonly handler: RejectHandler) {}

  @Post(':nu/rejection')
  @HttpCode(200)
  @CtcCall('REJECT')
  @ApiOperation({ summary: 'Recusa com motivo (origem no prazo de resposta; destino após a resposta); a mesma recusa de novo não é erro' })
  @ApiOkResponse({ type: PortabilityView })
  async reject(@Caller() caller: Participant, @Param('nu') nu: string, @Body() body: RejectRequest): Promise<PortabilityView> {
    const rejected = await this.handler.execute(parseNu(nu), caller.ispb, body.reason, body.detail);
    if (!rejected.ok) throw rejected.error;
    return PortabilityView.from(rejected.value);
  }
}
