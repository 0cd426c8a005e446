import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseNu } from '../../../../shared/http/input';
import { Caller, type Participant, ParticipantApi } from '../../../../shared/http/participant.guard';
import { CtcCall } from '../../../chaos/ctc-call.decorator';
import { PortabilityView } from '../../presenters/portability.view';
import { ConfirmSettlementHandler } from './confirm-settlement.handler';
import { ConfirmSettlementRequest } from './confirm-settlement.request';

@ApiTags('participant')
@ParticipantApi()
@Controller('v1/portabilities')
export class ConfirmSettlementController {
  constructor(private readonly handler: ConfirmSettlementHandler) {}

  @Post(':nu/settlement-confirmation')
  @HttpCode(200)
  @CtcCall('CONFIRM_SETTLEMENT')
  @ApiOperation({ summary: 'A credora (origem) confirma a liquidação com o comprovante: PORTABILITY_COMPLETED' })
  @ApiOkResponse({ type: PortabilityView })
  async confirm(@Caller() caller: Participant, @Param('nu') nu: string, @Body() body: ConfirmSettlementRequest): Promise<PortabilityView> {
    const confirmed = await this.handler.execute(parseNu(nu), caller.ispb, body.receipt);
    if (!confirmed.ok) throw confirmed.error;
    return PortabilityView.from(confirmed.value);
  }
}
