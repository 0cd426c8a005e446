import { Body, Controller, Delete, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChaosService, type ScriptEntry } from '@consignado/mock-kit';
import { AdminApi } from '../../../../shared/http/admin-key.guard';
import { ScriptChaosRequest } from './script-chaos.request';

@ApiTags('admin')
@AdminApi()
@Controller('admin/chaos/script')
export class ScriptChaosController {
  constructor(private readonly chaos: ChaosService) {}

  @Post()
  @ApiOperation({ summary: 'Falhas determinísticas: as próximas N chamadas da operação (neste assunto) falham' })
  @ApiCreatedResponse({ description: 'Roteiros pendentes' })
  add(@Body() body: ScriptChaosRequest): { scripts: ScriptEntry[] } {
    const failure = String(body.status) as ScriptEntry['failure'];
    return { scripts: this.chaos.addScript({ operation: body.operation, ...(body.subject ? { subject: body.subject.toLowerCase() } : {}), remaining: body.failNext, failure }) };
  }

  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Todos os roteiros removidos' })
  clear(): void {
    this.chaos.clearScripts();
  }
}
