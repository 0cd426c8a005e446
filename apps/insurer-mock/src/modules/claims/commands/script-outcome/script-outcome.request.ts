import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { POLICY_NUMBER_INPUT } from '../../../../shared/http/input';
import { DENIAL_REASON_CODES, type DenialReason } from '../../domain/denial-reason';

/** "The next `next` claims (on `policyNumber`) end `outcome`": as POST /admin/chaos/script, for decisions. */
export class ScriptOutcomeRequest {
  @ApiPropertyOptional({ example: 'PRST-2026-000123', description: 'Só os sinistros desta apólice; sem ela, qualquer sinistro' })
  @IsOptional()
  @IsString()
  @Matches(POLICY_NUMBER_INPUT)
  policyNumber?: string;

  @ApiProperty({ enum: ['PAID', 'DENIED'] })
  @IsIn(['PAID', 'DENIED'])
  outcome!: 'PAID' | 'DENIED';

  @ApiPropertyOptional({ enum: DENIAL_REASON_CODES, description: 'Obrigatório quando DENIED' })
  @ValidateIf((o: ScriptOutcomeRequest) => o.outcome === 'DENIED' || o.reason !== undefined)
  @IsIn(DENIAL_REASON_CODES)
  reason?: DenialReason;

  @ApiPropertyOptional({ example: 'Apólice cancelada por falta de pagamento em 2025.', description: 'Explicação (pt-BR); sem ela, a padrão do motivo' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  message?: string;

  @ApiPropertyOptional({ example: 60_000, description: 'Tempo de análise destes sinistros (ms), em vez de INSURER_CLAIM_REVIEW_MS' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(604_800_000)
  reviewMs?: number;

  @ApiProperty({ example: 1, description: 'Quantos sinistros; 0 remove o roteiro' })
  @IsInt()
  @Min(0)
  @Max(1_000)
  next!: number;
}
