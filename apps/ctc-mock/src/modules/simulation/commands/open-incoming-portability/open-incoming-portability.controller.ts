import { Body, Controller, Inject, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CtcMockConfig } from '../../../../config';
import { AdminApi } from '../../../../shared/http/admin-key.guard';
import { PortabilityView } from '../../../portability/presenters/portability.view';
import { OpenIncomingPortabilityHandler } from './open-incoming-portability.handler';
import { OpenIncomingPortabilityRequest, toRequest } from './open-incoming-portability.request';

@ApiTags('admin')
@AdminApi()
@Controller('admin/incoming-portabilities')
export class OpenIncomingPortabilityController {
  constructor(
    private readonly handler: OpenIncomingPortabilityHandler,
    @Inject(CtcMockConfig) private readonly config: CtcMockConfig,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Um banco simulado (destino) pede a portabilidade de um contrato de um participante; aparece no feed dele como PENDING' })
  @ApiCreatedResponse({ type: PortabilityView })
  async open(@Body() body: OpenIncomingPortabilityRequest): Promise<PortabilityView> {
    const opened = await this.handler.execute(toRequest(body), { behaviour: body.behaviour, delayMs: body.delayMs ?? this.config.CTC_SIMULATED_DELAY_MS });
    if (!opened.ok) throw opened.error;
    return PortabilityView.from(opened.value.portability);
  }
}
