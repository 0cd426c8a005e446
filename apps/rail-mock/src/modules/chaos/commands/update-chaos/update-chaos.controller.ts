import { Body, Controller, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChaosService, type ChaosView, UpdateChaosRequest } from '@consignado/mock-kit';
import { AdminApi } from '../../../../shared/http/admin-key.guard';

@ApiTags('admin')
@AdminApi()
@Controller('admin/chaos')
export class UpdateChaosController {
  constructor(private readonly chaos: ChaosService) {}

  @Put()
  @ApiOperation({ summary: 'Muda latência, taxa de falhas, janelas de indisponibilidade e semente em tempo de execução' })
  @ApiOkResponse({ description: 'As configurações em vigor' })
  update(@Body() body: UpdateChaosRequest): ChaosView {
    const updated = this.chaos.update(body);
    if (!updated.ok) throw updated.error;
    return updated.value;
  }
}
