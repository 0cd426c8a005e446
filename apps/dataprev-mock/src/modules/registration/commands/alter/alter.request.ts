import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { fail, ok, type Result } from '@consignado/core';
import { Money } from '@consignado/finance';
import { DataprevError } from '../../../beneficiary/domain/dataprev-error';
import { ALTERATION_REASONS, type AlterationReason, type AlterationRequest } from '../../domain/alteration';

/**
 * "Alterar contrato", as a bank sends it: the values the deduction must have from now on. Both
 * are given; the one that does not change is repeated (REDUCE_TERM keeps the installment).
 */
export class AlterarRequest {
  @ApiProperty({ example: '250.00', description: 'Nova parcela em reais, texto com até duas casas' })
  @IsString()
  @MaxLength(20)
  valorParcela!: string;

  @ApiProperty({ example: 40, description: 'Nova quantidade de parcelas restantes a descontar' })
  @IsInt()
  @Min(1)
  @Max(480)
  quantidadeParcelas!: number;

  @ApiProperty({ enum: ALTERATION_REASONS, example: 'AMORTIZACAO_EXTRAORDINARIA' })
  @IsIn(ALTERATION_REASONS)
  motivo!: AlterationReason;
}

/** Parses the request's values into the domain's types (the amount never as a float). */
export function toAlterationRequest(protocol: string, body: AlterarRequest): Result<AlterationRequest, DataprevError> {
  const installment = Money.parsePositive(body.valorParcela, 'valorParcela');
  if (!installment.ok) return fail(new DataprevError('DATAPREV.INVALID_AMOUNT', installment.error.message));
  return ok({ protocol, installment: installment.value, termMonths: body.quantidadeParcelas, reason: body.motivo });
}
