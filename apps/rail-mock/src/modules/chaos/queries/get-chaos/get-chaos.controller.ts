import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChaosService, type ChaosView } from '@consignado/mock-kit';
import { AdminApi } from '../../../../shared/http/admin-key.guard';

@ApiTags('admin')
@AdminApi()
@Controller('admin/chaos')
export class GetChaosController {
  constructor(private readonly chaos: ChaosService) {}

  @Get()
  @ApiOperation({ summary: 'Configurações de caos em vigor, semente e roteiros pendentes' })
  @ApiOkResponse({ description: 'latencyMinMs, latencyMaxMs, failureRate, outages, unavailable, seed, timeoutHoldMs, scripts' })
  get(): ChaosView {
    return this.chaos.view();
  }
}
