import { Body, Controller, Delete, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { fieldError } from '@consignado/core';
import { AdminApi } from '../../../../shared/http/admin-key.guard';
import { OUTCOME_SCRIPTS, type OutcomeScripts } from '../../database/outcome-script.repository';
import type { OutcomeScript } from '../../domain/outcome-script';
import { rejection } from '../../domain/transfer';
import { ScriptOutcomeRequest } from './script-outcome.request';

function scriptOf(body: ScriptOutcomeRequest): OutcomeScript {
  if (body.pixKey !== undefined && body.accountNumber !== undefined) throw fieldError('RAIL.INVALID_SCRIPT', 'accountNumber', 'Informe a chave PIX ou o número da conta, não ambos.');
  if (body.outcome === 'SETTLED' && (body.reason || body.message)) throw fieldError('RAIL.INVALID_SCRIPT', 'reason', 'Um roteiro SETTLED não tem motivo nem explicação.');
  const settlement = body.outcome === 'REJECTED' && body.reason ? rejection(body.reason, body.message) : { outcome: 'SETTLED' as const };
  const target = body.pixKey !== undefined ? { pixKey: body.pixKey } : body.accountNumber !== undefined ? { accountNumber: body.accountNumber } : {};
  return { ...target, settlement, ...(body.settlementMs === undefined ? {} : { settlementMs: body.settlementMs }), remaining: body.next };
}

@ApiTags('admin')
@AdminApi()
@Controller('admin/outcome-script')
export class ScriptOutcomeController {
  constructor(@Inject(OUTCOME_SCRIPTS) private readonly scripts: OutcomeScripts) {}

  @Post()
  @ApiOperation({ summary: 'Resultados determinísticos: as próximas N transferências (a esta chave ou conta) terminam SETTLED ou REJECTED com o motivo' })
  @ApiCreatedResponse({ description: 'Roteiros pendentes' })
  async add(@Body() body: ScriptOutcomeRequest): Promise<{ scripts: OutcomeScript[] }> {
    await this.scripts.put(scriptOf(body));
    return { scripts: await this.scripts.pending() };
  }

  @Get()
  @ApiOkResponse({ description: 'Roteiros pendentes' })
  async list(): Promise<{ scripts: OutcomeScript[] }> {
    return { scripts: await this.scripts.pending() };
  }

  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Todos os roteiros removidos' })
  async clear(): Promise<void> {
    await this.scripts.clear();
  }
}
