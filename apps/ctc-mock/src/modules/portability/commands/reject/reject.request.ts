import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DESTINATION_REJECTION_REASONS, ORIGIN_REJECTION_REASONS, type RejectionReason } from '../../domain/rejection-reason';

const BY_PARTICIPANTS = [...new Set([...ORIGIN_REJECTION_REASONS, ...DESTINATION_REJECTION_REASONS])];

/** A refusal: the origin's while it has to answer, the destination's after the answer. */
export class RejectRequest {
  @ApiProperty({ enum: BY_PARTICIPANTS, description: 'Origem: RETENCAO_DO_CLIENTE, CONTRATO_NAO_ENCONTRADO, CONTRATO_LIQUIDADO…; destino: SALDO_DEVEDOR_ATUALIZADO_SUBSTANCIALMENTE_DIVERGENTE, POLITICA_DE_CREDITO, OUTROS' })
  @IsIn(BY_PARTICIPANTS)
  reason!: RejectionReason;

  @ApiPropertyOptional({ example: 'Cliente aceitou a contraproposta em 05/03', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  detail?: string;
}
