import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class CancelProposalRequestDto {
  @ApiPropertyOptional({ example: 'Cliente desistiu da contratação', description: 'Why; an operator\'s note travels with ProposalCancelled' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @Matches(/\S/)
  reason?: string;
}
