import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { AnalysisNotFoundError } from '../../domain/analysis.errors';
import { ANALYSIS_REPOSITORY, type AnalysisRepository } from '../../database/analysis.repository';
import { AnalysisView, analysisView } from './analysis.view';

export class GetAnalysisParams {
  @IsUUID()
  proposalId!: string;
}

@ApiTags('analyses')
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
