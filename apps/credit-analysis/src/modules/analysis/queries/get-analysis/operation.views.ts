import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** An approved refinancing's terms (CreditApproved `refinancing`). */
export class RefinancingView {
  @ApiProperty({ format: 'uuid', description: 'The contract replaced' }) contractId!: string;
  @ApiProperty({ example: '2026-01-20' }) payoffDate!: string;
  @ApiProperty({ example: '614.69', description: "The old contract's payoff on payoffDate" }) payoff!: string;
  @ApiProperty({ example: '500.00', description: 'New money released (troco)' }) troco!: string;
}

/** The origin's stated balance of a portability in (PortabilityBalanceReceived `terms`). */
export class PortabilityTermsView {
  @ApiProperty({ example: '60746948' }) originInstitutionIspb!: string;
  @ApiProperty({ example: 'CCB-2023-0042' }) originContractNumber!: string;
  @ApiProperty({ example: '202502110000000012345' }) portabilityNumber!: string;
  @ApiProperty({ example: '7200.00' }) balance!: string;
  @ApiProperty({ example: '2026-03-10' }) balanceDate!: string;
  @ApiProperty({ example: 30 }) remainingInstallments!: number;
  @ApiProperty({ example: '330.00' }) originInstallment!: string;
  @ApiPropertyOptional({ example: '0.0199' }) originMonthlyRate?: string;
}

export class PortabilityView {
  @ApiProperty({ type: PortabilityTermsView }) terms!: PortabilityTermsView;
  @ApiProperty({ example: '2026-03-13' }) dueBalanceLimitDate!: string;
  @ApiProperty({ example: '2026-03-10T15:00:00.000Z' }) receivedAt!: string;
}
