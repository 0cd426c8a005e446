import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { paidInstallments, type ProjectedContract } from '../../domain/projected-contract';

/** What credit analysis knows of a contract (audit of the projection; no personal data). */
export class ContractPositionView {
  @ApiProperty({ format: 'uuid' }) contractId!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ example: 4, description: 'Highest revision of ContractPositionChanged received' }) revision!: number;
  @ApiProperty({ example: 'ACTIVE' }) status!: string;
  @ApiProperty({ example: 'INSS_CONSIGNADO' }) product!: string;
  @ApiProperty({ example: 'NEW' }) operationType!: string;
  @ApiPropertyOptional({ example: '1234567890' }) benefitNumber?: string;
  @ApiProperty({ example: '2025-11-10' }) contractDate!: string;
  @ApiProperty({ example: '211.24', description: "The plan's installment now" }) installmentAmount!: string;
  @ApiProperty({ example: 5 }) termMonths!: number;
  @ApiProperty({ example: 2 }) paidInstallments!: number;
  @ApiPropertyOptional({ format: 'uuid' }) refinancedContractId?: string;
  @ApiProperty({ example: '2026-01-10T06:00:01.000Z' }) changedAt!: string;
}

export function contractPositionView(c: ProjectedContract): ContractPositionView {
  return {
    contractId: c.contractId,
    customerId: c.customerId,
    revision: c.revision,
    status: c.status,
    product: c.product,
    operationType: c.operationType,
    benefitNumber: c.benefitNumber,
    contractDate: c.contractDate.toString(),
    installmentAmount: c.installment.toString(),
    termMonths: c.termMonths,
    paidInstallments: paidInstallments(c),
    refinancedContractId: c.refinancedContractId,
    changedAt: c.payload.changedAt,
  };
}
