import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CtcMockConfig } from '../../../../config';
import { AdminApi } from '../../../../shared/http/admin-key.guard';
import { simulatedContractView } from '../../presenters/simulated-contract.view';
import { RegisterOriginContractHandler } from './register-origin-contract.handler';
import { RegisterOriginContractRequest, toContract } from './register-origin-contract.request';

@ApiTags('admin')
@AdminApi()
@Controller('admin/origin-contracts')
export class RegisterOriginContractController {
  constructor(
    private readonly handler: RegisterOriginContractHandler,
    @Inject(CtcMockConfig) private readonly config: CtcMockConfig,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Um contrato num banco simulado (origem) e como o banco tratará um pedido de portabilidade dele' })
  @ApiCreatedResponse({ description: 'Criado' })
  @ApiOkResponse({ description: 'Substituiu o contrato de mesmo ISPB e número' })
  async register(@Body() body: RegisterOriginContractRequest, @Res({ passthrough: true }) res: Response): Promise<Record<string, unknown>> {
    const registered = await this.handler.execute(toContract(body, this.config.CTC_SIMULATED_DELAY_MS));
    if (!registered.ok) throw registered.error;
    res.status(registered.value.created ? 201 : 200);
    return simulatedContractView(registered.value.contract);
  }
}
