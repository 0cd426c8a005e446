import { Body, Controller, Delete, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { fieldError } from '@consignado/core';
import { AdminApi } from '../../../../shared/http/admin-key.guard';
import { OUTCOME_SCRIPTS, type OutcomeScripts } from '../../database/outcome-script.repository';
import { denial } from '../../domain/claim';
import type { OutcomeScript } from '../../domain/outcome-script';
import { ScriptOutcomeRequest } from './script-outcome.request';

function scriptOf(body: ScriptOutcomeRequest): OutcomeScript {
  if (body.outcome === 'PAID' && (body.reason || body.message)) throw fieldError('INSURER.INVALID_SCRIPT', 'reason', 'Um roteiro PAID não tem motivo nem explicação.');
  const verdict = body.outcome === 'DENIED' && body.reason ? denial(body.reason, body.message) : { outcome: 'PAID' as const };
  return { ...(body.policyNumber ? { policyNumber: body.policyNumber } : {}), verdict, ...(body.reviewMs === undefined ? {} : { reviewMs: body.reviewMs }), remaining: body.next };
}

@ApiTags('admin')
@AdminApi()
@Controller('admin/outcome-script')
export class ScriptOutcomeController {
  constructor(@Inject(OUTCOME_SCRIPTS) private readonly scripts: OutcomeScripts) {}

  @Post()
  @ApiOperation({ summary: 'Decisões determinísticas: os próximos N sinistros (desta apólice) terminam PAID ou DENIED com o motivo' })
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
