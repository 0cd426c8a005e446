import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseNu } from '../../../../shared/http/input';
import { Caller, type Participant, ParticipantApi } from '../../../../shared/http/participant.guard';
import { CtcCall } from '../../../chaos/ctc-call.decorator';
import { PortabilityView } from '../../presenters/portability.view';
import { GetPortabilityHandler } from './get-portability.handler';

@ApiTags('participant')
@ParticipantApi()
@Controller('v1/portabilities')
export class GetPortabilityController {
  constructor(private readonly handler: GetPortabilityHandler) {}

  @Get(':nu')
  @CtcCall('GET')
  @ApiOperation({ summary: 'Consulta uma portabilidade em que o participante é origem ou destino' })
  @ApiOkResponse({ type: PortabilityView })
  @ApiNotFoundResponse({ description: 'CTC.PORTABILITY.NOT_FOUND (também quando o participante não é parte)' })
  async get(@Caller() caller: Participant, @Param('nu') nu: string): Promise<PortabilityView> {
    const found = await this.handler.execute(parseNu(nu), caller.ispb);
    if (!found.ok) throw found.error;
    return PortabilityView.from(found.value);
  }
}
