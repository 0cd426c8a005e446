import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';

/** The origin's confirmation that it settled the contract. */
export class ConfirmSettlementRequest {
  @ApiPropertyOptional({ example: 'QUIT-CT-778', description: 'Comprovante de quitação; sem ele, QUIT-<NU>' })
  @IsOptional()
  @IsString()
  @Matches(/^[\x21-\x7e]{1,64}$/)
  receipt?: string;
}
