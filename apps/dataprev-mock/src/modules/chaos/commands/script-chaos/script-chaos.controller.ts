import { Body, Controller, Delete, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChaosService, type ScriptEntry } from '@consignado/mock-kit';
import { scriptView } from '../../dataprev-chaos';
import { ScriptChaosRequest } from './script-chaos.request';

@ApiTags('admin')
@Controller('admin/chaos/script')
export class ScriptChaosController {
  constructor(private readonly chaos: ChaosService) {}

  @Post()
  @ApiOperation({ summary: 'Falhas determinísticas para testes: as próximas N chamadas da operação neste benefício falham' })
  @ApiCreatedResponse({ description: 'Roteiros pendentes' })
  add(@Body() body: ScriptChaosRequest): { scripts: Array<ReturnType<typeof scriptView>> } {
    const failure = String(body.status) as ScriptEntry['failure'];
    return { scripts: this.chaos.addScript({ subject: body.benefitNumber, operation: body.operation, remaining: body.failNext, failure }).map(scriptView) };
  }

  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Todos os roteiros removidos' })
  clear(): void {
    this.chaos.clearScripts();
  }
}
