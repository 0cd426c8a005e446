import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { Secured } from '@consignado/auth';
import { AnalysisNotFoundError } from '../../domain/analysis.errors';
import { ANALYSIS_REPOSITORY, type AnalysisRepository } from '../../database/analysis.repository';
import { AnalysisView, analysisView } from './analysis.view';

export class GetAnalysisParams {
  @IsUUID()
  proposalId!: string;
}

/** Analyses carry income and margin data: back office only, never customers or correspondents (R-SEC-1). */
@ApiTags('analyses')
@Secured({ scopes: ['backoffice'], roles: ['OPERATOR', 'SERVICING', 'AUDITOR'] })
@Controller('v1/analyses')
export class GetAnalysisController {
  constructor(@Inject(ANALYSIS_REPOSITORY) private readonly repository: AnalysisRepository) {}

  /** The analysis of a proposal: state, every reason, parameter versions, timestamps (R-CA-4). */
  @Get(':proposalId')
  @ApiOkResponse({ type: AnalysisView })
  @ApiNotFoundResponse({ description: 'ANALYSIS.NOT_FOUND — Análise não encontrada' })
  async get(@Param() params: GetAnalysisParams): Promise<AnalysisView> {
    const analysis = await this.repository.findById(params.proposalId);
    if (!analysis) throw new AnalysisNotFoundError(params.proposalId);
    return analysisView(analysis);
  }
}
