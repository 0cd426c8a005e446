import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { idempotencyKeyOf } from '../../../../shared/http/input';
import { Caller, type Participant, ParticipantApi } from '../../../../shared/http/participant.guard';
import { CtcCall } from '../../../chaos/ctc-call.decorator';
import { PortabilityView } from '../../presenters/portability.view';
import { toCommand } from './request-portability.command';
import { RequestPortabilityHandler } from './request-portability.handler';
import { RequestPortabilityRequest } from './request-portability.request';

@ApiTags('participant')
@ParticipantApi()
@Controller('v1/portabilities')
export class RequestPortabilityController {
  constructor(private readonly handler: RequestPortabilityHandler) {}

  @Post()
  @CtcCall('REQUEST')
  @ApiOperation({ summary: 'A proponente (destino) pede a portabilidade de um contrato de outra instituição' })
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: 'Mesma chave e mesmo corpo → a mesma portabilidade (200); outro corpo → 409' })
  @ApiCreatedResponse({ type: PortabilityView, description: 'PENDING, com o NU e o prazo da origem' })
  @ApiOkResponse({ type: PortabilityView, description: 'Repetição de uma Idempotency-Key' })
  async request(@Caller() caller: Participant, @Body() body: RequestPortabilityRequest, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) res: Response): Promise<PortabilityView> {
    const command = toCommand(body, caller.ispb, idempotencyKeyOf(key));
    const requested = await this.handler.execute(command);
    if (!requested.ok) throw requested.error;
    res.status(requested.value.created ? 201 : 200);
    return PortabilityView.from(requested.value.portability);
  }
}
