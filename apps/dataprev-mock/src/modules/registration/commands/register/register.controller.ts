import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataprevCall } from '../../../chaos/dataprev-call.decorator';
import { AverbacaoResponse } from '../../presenters/registration.response';
import { RegisterHandler } from './register.handler';
import { AverbarRequest, toRegistrationRequest } from './register.request';

@ApiTags('dataprev')
@Controller('v1/averbacoes')
export class RegisterController {
  constructor(private readonly handler: RegisterHandler) {}

  @Post()
  @DataprevCall('REGISTER')
  @ApiOperation({ summary: 'Averbar contrato (seed 003 §5.1): reserva a margem; idempotente por contratoId' })
  @ApiCreatedResponse({ type: AverbacaoResponse, description: 'Averbado' })
  @ApiOkResponse({ type: AverbacaoResponse, description: 'Já averbado antes (mesmo contratoId e dados): mesmo protocolo' })
  async register(@Body() body: AverbarRequest, @Res({ passthrough: true }) res: Response): Promise<AverbacaoResponse> {
    const request = toRegistrationRequest(body);
    if (!request.ok) throw request.error;
    const outcome = await this.handler.execute(request.value);
    if (!outcome.ok) throw outcome.error;
    res.status(outcome.value.created ? 201 : 200);
    return AverbacaoResponse.from(outcome.value.registration);
  }
}
