import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { Secured } from '@consignado/auth';
import { DomainError, fieldError } from '@consignado/core';
import { AverbationConnectorConfig } from '../../../../config';
import { PORTABILITY_IN_REPOSITORY, PORTABILITY_OUT_REPOSITORY, type PortabilityInRepository, type PortabilityOutRepository } from '../../database/portability.repositories';
import { PortabilityListView, PortabilityView } from './portability.view';

export class PortabilityNumberParam {
  @ApiProperty({ example: '202502280000000000424' })
  @Matches(/^\d{21}$/, { message: 'portabilityNumber must be the 21-digit NU' })
  portabilityNumber!: string;
}

export class PortabilityQuery {
  @ApiPropertyOptional({ description: 'IN: a proposta que pediu o saldo' }) @IsOptional() @IsUUID() proposalId?: string;
  @ApiPropertyOptional({ description: 'IN ou OUT: o nosso contrato' }) @IsOptional() @IsUUID() contractId?: string;
}

/**
 * Portability records carry no customer id (an outgoing one comes from the exchange's feed, which
 * names none): back-office callers only (R-SEC-1), so a customer token never reads one.
 */
@ApiTags('portabilities')
@Secured({ scopes: ['contracts:read', 'backoffice'] })
@Controller('v1/portabilities')
export class GetPortabilityController {
  constructor(
    @Inject(PORTABILITY_IN_REPOSITORY) private readonly ins: PortabilityInRepository,
    @Inject(PORTABILITY_OUT_REPOSITORY) private readonly outs: PortabilityOutRepository,
    private readonly config: AverbationConnectorConfig,
  ) {}

  /** A portability by its NU, in or out, as the connector knows it (for operators and the timeline); no personal data. */
  @Get(':portabilityNumber')
  @ApiOperation({ summary: 'Portabilidade (entrada ou saída) pelo NU' })
  @ApiOkResponse({ type: PortabilityView })
  async get(@Param() { portabilityNumber }: PortabilityNumberParam): Promise<PortabilityView> {
    const found = await this.ins.find({ portabilityNumber });
    if (found) return PortabilityView.fromIn(found);
    const out = await this.outs.find({ portabilityNumber });
    if (out) return PortabilityView.fromOut(out, this.config.CTC_PARTICIPANT_ISPB);
    throw new DomainError('PORTABILITY.NOT_FOUND', 'Portabilidade não encontrada.');
  }

  /** The portabilities of a proposal (in) or of a contract (in or out). */
  @Get()
  @ApiOperation({ summary: 'Portabilidades de uma proposta ou de um contrato' })
  @ApiOkResponse({ type: PortabilityListView })
  async list(@Query() { proposalId, contractId }: PortabilityQuery): Promise<PortabilityListView> {
    if (!proposalId === !contractId) throw fieldError('PORTABILITY.INVALID_QUERY', 'proposalId', 'Informe proposalId ou contractId (um dos dois).');
    const found = await this.ins.find(proposalId ? { proposalId } : { contractId });
    const outs = contractId ? await this.outs.findAll({ contractId }) : [];
    return { items: [...(found ? [PortabilityView.fromIn(found)] : []), ...outs.map((o) => PortabilityView.fromOut(o, this.config.CTC_PARTICIPANT_ISPB))] };
  }
}
