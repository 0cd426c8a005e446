import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseNu } from '../../../../shared/http/input';
import { Caller, type Participant, ParticipantApi } from '../../../../shared/http/participant.guard';
import { CtcCall } from '../../../chaos/ctc-call.decorator';
import { PortabilityView } from '../../presenters/portability.view';
import { AnswerBalanceHandler } from './answer-balance.handler';
import { AnswerBalanceRequest, answerOf } from './answer-balance.request';

@ApiTags('participant')
@ParticipantApi()
@Controller('v1/portabilities')
export class AnswerBalanceController {
  constructor(private readonly handler: AnswerBalanceHandler) {}

  @Post(':nu/balance')
  @HttpCode(200)
  @CtcCall('ANSWER_BALANCE')
  @ApiOperation({ summary: 'A credora (origem) informa o saldo devedor; a mesma resposta de novo não é erro' })
  @ApiOkResponse({ type: PortabilityView })
  async answer(@Caller() caller: Participant, @Param('nu') nu: string, @Body() body: AnswerBalanceRequest): Promise<PortabilityView> {
    const answered = await this.handler.execute(parseNu(nu), caller.ispb, answerOf(body));
    if (!answered.ok) throw answered.error;
    return PortabilityView.from(answered.value);
  }
}
