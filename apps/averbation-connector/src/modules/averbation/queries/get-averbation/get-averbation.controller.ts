import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { DomainError } from '@consignado/core';
import { AVERBATION_REPOSITORY, type AverbationRepository } from '../../database/averbation.repository';
import type { AverbationRow } from '../../database/averbation.orm-entity';

export class ContractParam {
  @ApiProperty()
  @IsUUID()
  contractId!: string;
}

export class AverbationView {
  @ApiProperty() contractId!: string;
  @ApiProperty() proposalId!: string;
  @ApiProperty({ example: '1234567890' }) benefitNumber!: string;
  @ApiProperty({ example: '311.36' }) installmentAmount!: string;
  @ApiProperty({ enum: ['PENDING_REGISTRATION', 'REGISTERED', 'REJECTED', 'FAILED', 'PENDING_CANCELLATION', 'CANCELLED', 'CANCELLATION_FAILED'] }) status!: string;
  @ApiProperty({ description: 'Dataprev calls of the current step so far' }) attempts!: number;
  @ApiPropertyOptional() nextAttemptAt?: string;
  @ApiPropertyOptional({ example: 'DTP-2025-000000123' }) protocol?: string;
  @ApiPropertyOptional() registeredAt?: string;
  @ApiPropertyOptional() cancelledAt?: string;
  @ApiPropertyOptional() lastError?: { code: string; message: string };

  static from(row: AverbationRow): AverbationView {
    const pending = row.status.startsWith('PENDING_');
    return {
      contractId: row.contractId,
      proposalId: row.proposalId,
      benefitNumber: row.benefitNumber,
      installmentAmount: row.installmentAmount,
      status: row.status,
      attempts: row.attempts,
      ...(pending ? { nextAttemptAt: row.nextAttemptAt.toISOString() } : {}),
      ...(row.protocol ? { protocol: row.protocol } : {}),
      ...(row.registeredAt ? { registeredAt: row.registeredAt.toISOString() } : {}),
      ...(row.cancelledAt ? { cancelledAt: row.cancelledAt.toISOString() } : {}),
      ...(row.lastErrorCode ? { lastError: { code: row.lastErrorCode, message: row.lastErrorMessage ?? '' } } : {}),
    };
  }
}

@ApiTags('averbations')
@Controller('v1/averbations')
export class GetAverbationController {
  constructor(@Inject(AVERBATION_REPOSITORY) private readonly averbations: AverbationRepository) {}

  /** Where a contract's averbation stands (for operators and the timeline); no personal data. */
  @Get(':contractId')
  @ApiOperation({ summary: 'Estado da averbação de um contrato' })
  @ApiOkResponse({ type: AverbationView })
  async get(@Param() params: ContractParam): Promise<AverbationView> {
    const row = await this.averbations.findRow(params.contractId);
    if (!row) throw new DomainError('AVERBATION.NOT_FOUND', 'Averbação não encontrada para este contrato.');
    return AverbationView.from(row);
  }
}
