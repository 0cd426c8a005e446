import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { REJECTION_REASON_CODES, type RejectionReason } from '../../domain/rejection-reason';

/** "The next `next` transfers (to `pixKey` or `accountNumber`) end `outcome`": as POST /admin/chaos/script, for settlements. */
export class ScriptOutcomeRequest {
  @ApiPropertyOptional({ example: 'maria@example.com', description: 'Só as transferências a esta chave PIX' })
  @IsOptional()
  @IsString()
  @Length(1, 77)
  pixKey?: string;

  @ApiPropertyOptional({ example: '123456', description: 'Só as transferências a contas com este número; sem chave nem conta, qualquer transferência' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9]{2,20}$/)
  accountNumber?: string;

  @ApiProperty({ enum: ['SETTLED', 'REJECTED'] })
  @IsIn(['SETTLED', 'REJECTED'])
  outcome!: 'SETTLED' | 'REJECTED';

  @ApiPropertyOptional({ enum: REJECTION_REASON_CODES, description: 'Obrigatório quando REJECTED' })
  @ValidateIf((o: ScriptOutcomeRequest) => o.outcome === 'REJECTED' || o.reason !== undefined)
  @IsIn(REJECTION_REASON_CODES)
  reason?: RejectionReason;

  @ApiPropertyOptional({ example: 'Conta encerrada a pedido do titular.', description: 'Explicação (pt-BR); sem ela, a padrão do motivo' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  message?: string;

  @ApiPropertyOptional({ example: 60_000, description: 'Prazo de liquidação destas transferências (ms), em vez de RAIL_SETTLEMENT_MS' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  settlementMs?: number;

  @ApiProperty({ example: 1, description: 'Quantas transferências; 0 remove o roteiro' })
  @IsInt()
  @Min(0)
  @Max(1_000)
  next!: number;
}
