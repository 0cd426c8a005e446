import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, Matches } from 'class-validator';
import { DAY_INPUT, MONEY_INPUT, POLICY_NUMBER_INPUT } from '../../../../shared/http/input';
import { CLAIM_CAUSES, type ClaimCause } from '../../domain/claim-state';

/** The bank files a credit-life claim; `claimId` is its own key for the claim. */
export class FileClaimRequest {
  @ApiProperty({ example: '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e', description: 'Identificador do sinistro no banco: a mesma abertura repetida encontra o mesmo sinistro' })
  @IsUUID()
  claimId!: string;

  @ApiProperty({ example: '5b0c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4', description: 'O contrato de crédito segurado' })
  @IsUUID()
  contractId!: string;

  @ApiProperty({ example: 'PRST-2026-000123' })
  @IsString()
  @Matches(POLICY_NUMBER_INPUT)
  policyNumber!: string;

  @ApiProperty({ enum: CLAIM_CAUSES })
  @IsIn(CLAIM_CAUSES)
  cause!: ClaimCause;

  @ApiProperty({ example: '2026-05-04', description: 'Data do evento (óbito): a cobertura é o saldo devedor nessa data' })
  @IsString()
  @Matches(DAY_INPUT)
  coverageDate!: string;

  @ApiProperty({ example: '8214.33', description: 'Capital segurado a indenizar, em reais, como texto' })
  @IsString()
  @Matches(MONEY_INPUT)
  coverageAmount!: string;
}
