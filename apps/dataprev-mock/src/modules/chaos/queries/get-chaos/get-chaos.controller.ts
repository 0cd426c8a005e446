import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChaosService } from '@consignado/mock-kit';
import { scriptView } from '../../dataprev-chaos';

@ApiTags('admin')
@Controller('admin/chaos')
export class GetChaosController {
  constructor(private readonly chaos: ChaosService) {}

  @Get()
  @ApiOperation({ summary: 'Configurações de caos em vigor, semente e roteiros pendentes' })
  @ApiOkResponse({ description: 'latencyMinMs, latencyMaxMs, failureRate, outages, unavailable, seed, timeoutHoldMs, scripts' })
  get(): object {
    const view = this.chaos.view();
    return { ...view, scripts: view.scripts.map(scriptView) };
  }
}
