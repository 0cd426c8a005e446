import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { fail, ok, type Result } from '@consignado/core';
import { InssBenefitNumber, IsoDate, Money } from '@consignado/finance';
import { DataprevError } from '../../../beneficiary/domain/dataprev-error';
import { portabilityOrigin } from '../../domain/portability-origin';
import { OPERATION_TYPES, type OperationType, type RegistrationRequest } from '../../domain/registration';

const CONTRACT_ID = /^[A-Za-z0-9-]{1,64}$/;

/** "Averbar Contrato" (seed 003 §5.1), as a bank sends it. */
export class AverbarRequest {
  @ApiProperty({ example: '3f1c2a9e-5b7d-4c8e-9f00-112233445566', description: 'Identificador do contrato no banco (idempotência)' })
  @IsString()
  @Matches(CONTRACT_ID)
  contratoId!: string;

  @ApiProperty({ example: '1234567890' })
  @IsString()
  @MaxLength(16)
  numeroBeneficio!: string;

  @ApiProperty({ example: '52998224725' })
  @IsString()
  @MaxLength(14)
  cpf!: string;

  @ApiProperty({ example: '311.36', description: 'Parcela em reais, texto com até duas casas' })
  @IsString()
  @MaxLength(20)
  valorParcela!: string;

  @ApiProperty({ example: 48 })
  @IsInt()
  @Min(1)
  @Max(480)
  quantidadeParcelas!: number;

  @ApiProperty({ example: '2025-03-10', description: 'Primeiro desconto em folha (AAAA-MM-DD)' })
  @IsString()
  @MaxLength(10)
  dataInicioDesconto!: string;

  @ApiProperty({ enum: OPERATION_TYPES })
  @IsIn(OPERATION_TYPES)
  tipoOperacao!: OperationType;

  @ApiPropertyOptional({ description: 'REFINANCIAMENTO: contrato cujo desconto este substitui' })
  @IsOptional()
  @IsString()
  @Matches(CONTRACT_ID)
  contratoRefinanciadoId?: string;

  @ApiPropertyOptional({ example: '60746948', description: 'PORTABILIDADE (obrigatório): ISPB da instituição de origem, 8 dígitos' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  instituicaoOrigemIspb?: string;

  @ApiPropertyOptional({ example: 'CTR-000123456', description: 'PORTABILIDADE (obrigatório): número do contrato na instituição de origem' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  contratoOrigem?: string;
}

/** Parses the request's values into the domain's types (amounts and dates never as floats). */
export function toRegistrationRequest(body: AverbarRequest): Result<RegistrationRequest, DataprevError> {
  const installment = Money.parsePositive(body.valorParcela, 'valorParcela');
  if (!installment.ok) return fail(new DataprevError('DATAPREV.INVALID_AMOUNT', installment.error.message));
  const date = IsoDate.parse(body.dataInicioDesconto, 'dataInicioDesconto');
  if (!date.ok) return fail(new DataprevError('DATAPREV.INVALID_DATE', date.error.message));
  const origin = portabilityOrigin(body.tipoOperacao === 'PORTABILIDADE', body.instituicaoOrigemIspb, body.contratoOrigem);
  if (!origin.ok) return origin;
  const benefit = InssBenefitNumber.parse(body.numeroBeneficio);
  return ok({
    contractId: body.contratoId,
    benefitNumber: benefit.ok ? benefit.value.toString() : body.numeroBeneficio,
    cpf: body.cpf.replace(/\D/g, ''),
    installment: installment.value,
    termMonths: body.quantidadeParcelas,
    firstDeductionDate: date.value,
    operationType: body.tipoOperacao,
    refinancedContractId: body.contratoRefinanciadoId,
    portabilityOrigin: origin.value,
  });
}
